# A KeyError inside a subscript chain: the carets point at the failing subscript.
config = {"db": {"host": "localhost", "port": 5432}}
def setting(section, key):
    return config[section][key]
print(setting("db", "host"))
print(setting("db", "user"))
