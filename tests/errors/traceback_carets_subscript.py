# Markers under a subscript in a chain of subscripts.
grid = [[1, 2], [3, 4]]
row = 1
col = 5
value = grid[row][col] + 1
