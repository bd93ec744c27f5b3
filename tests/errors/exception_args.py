# Exception args, str and repr for 0, 1 and several arguments.
for exc in (ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
            IndexError(5), Exception(None), OSError("disk"), StopIteration(3)):
    print(repr(exc), "|", str(exc), "|", exc.args)
print(isinstance(KeyError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(KeyboardInterrupt, Exception))
raise Exception("done", 1)
