# Displays and comprehensions.
x = ()
x = (1,)
x = (1, 2)
x = (1, 2,)
x = 1, 2
x = []
x = [1]
x = [1, 2,]
x = [*a, *b, c]
x = {}
x = {1: 2}
x = {1: 2, 3: 4,}
x = {**a, 1: 2, **b}
x = {1}
x = {1, 2,}
x = {*a, b}
x = (*a, b)
x = [i for i in range(10)]
x = [i for i in range(10) if i if i % 2]
x = [(i, j) for i in range(3) for j in range(i) if j]
x = {i for i in a}
x = {k: v for k, v in items}
x = (i for i in a)
x = [i for i, in a]
x = [[j for j in i] for i in a]
x = [x for x in a if (y := x)]
x = [lambda: i for i in a]
x = [i for i in (lambda: a)()]
x = [
    1,
    2,
]
x = {
    'a': 1,
    'b': [1, 2, 3],
}
