# A traceback through a lambda shows <lambda> as the function name.
apply = lambda f, x: f(x)
fail = lambda x: x.missing_attribute
print(apply(abs, -3))
apply(fail, 3)
