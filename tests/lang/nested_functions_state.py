# A tiny bank account built from closures over a dict.
def account(balance):
    state = {"balance": balance, "log": []}
    def deposit(x):
        state["balance"] += x
        state["log"].append(("dep", x))
    def withdraw(x):
        if x > state["balance"]:
            state["log"].append(("refused", x))
            return False
        state["balance"] -= x
        state["log"].append(("wd", x))
        return True
    def report():
        return state["balance"], state["log"]
    return deposit, withdraw, report

dep, wd, rep = account(100)
dep(50)
print(wd(500), wd(20))
print(rep())
