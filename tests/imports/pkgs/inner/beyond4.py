from ....x import y
