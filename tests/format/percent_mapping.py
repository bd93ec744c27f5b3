# %(key)s with a mapping: lookups, repeats, mixing with plain conversions, what counts as one.
d = {'name': 'Ann', 'age': 31, 'pi': 3.14159, 'x': None, '': 'empty', 'a(b)': 'nested'}
print('%(name)s is %(age)d' % d)
print('%(name)r %(age)05d %(pi).2f %(x)s' % d)
print('%(name)s %(name)s %(name)-6s|' % d)
print('%()s|%(a(b))s' % d)
print('%(age)x %(age)#o %(pi)e' % d)
print('no conversions' % d)
print('%%(name)s %(name)s' % d)
# a dict argument is a single object for plain conversions
print('%s' % {'a': 1})
print('%s %(a)s' % {'a': 1})
# lists and other subscriptables count as mappings: no "not all arguments converted"
print('abc' % [1, 2], 'abc' % range(3), '%s' % [1, 2])
# errors
for fmt, args in [('%(missing)s', d), ('%(name)s', ('Ann',)), ('%(name)s', 'Ann'),
                  ('%(name', d), ('%(name)', d), ('%(name)s %s', d), ('%s %s', d),
                  ('%(0)s', [1]), ('%(a)d', {'a': 'x'}), ('%(a)s', 5), ('%(a)s %(b)s', {'a': 1})]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
