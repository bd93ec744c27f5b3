# %-formatting of ints: d i u x X o, flags, width, precision, big ints, bools, floats as %d.
values = [0, 1, -1, 7, -42, 255, 65535, -65536, 2**31, -2**63, 2**100, -(3**90), True, False]
for v in values:
    print('%d|%i|%u|%x|%X|%o' % (v, v, v, v, v, v))
for spec in ['%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '%- 6d|', '%.3d', '%8.4d',
             '%-8.4d|', '%#x', '%#X', '%#o', '%#08x', '%#-8o|', '%+#x', '% #o', '%#.4x',
             '%#10.4X', '%0-6d|', '%+ d', '%hd', '%ld', '%Ld']:
    print(repr(spec), [spec % v for v in (0, 5, -5, 300, -2**70)])
# floats are truncated by int() for d i u
for x in [3.9, -3.9, 0.5, -0.0, 1e20, 2.5e-3]:
    print('%d %i %u %5d %-+5d|' % (x, x, x, x, x))
# mixing literal text and many conversions
print('a%db%xc%od%%e' % (10, 10, 10))
print('%d%%' % 50, '%%%d%%' % 7)
print('%03d:%02d:%06.3f' % (1, 2, 3.14159))
big = 10**50 + 12345
print('%d' % big)
print('%x' % big, '%#X' % -big, '%o' % big)
print('%60d|' % big)
print('%-60d|' % -big)
print('%.55d' % big)
print('%+.55d' % big)
