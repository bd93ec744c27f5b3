# Carets line up under wide (East Asian) characters in the source line.
名前 = {"キー": 1}
print(名前["キー"])
値 = 名前["キー"] + 名前["ない"]
