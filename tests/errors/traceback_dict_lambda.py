# A lambda stored in a dict fails: carets under the attribute inside the lambda.
class_like = {"method": lambda x: x.nope}
class_like["method"](5)
