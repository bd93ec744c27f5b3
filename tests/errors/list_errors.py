# Errors from list operations, with their messages.
items = [1, 2, 3]
def attempt(thunk):
    try:
        thunk()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e) is IndexError, type(e) is TypeError, e)
attempt(lambda: [].pop())
attempt(lambda: items.pop(10))
attempt(lambda: items["a"])
attempt(lambda: items[1:2:0])
def assign_out_of_range():
    items[5] = 0
attempt(assign_out_of_range)
def delete_out_of_range():
    del items[7]
attempt(delete_out_of_range)
attempt(lambda: items + (4,))
attempt(lambda: items * items)
print(items)
items.pop(3)
