del x, 1
