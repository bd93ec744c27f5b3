# lower() turns capital sigma into final sigma at the end of a word (CPython's rule)
for s in ['ΣΑΣ', 'ΟΔΟΣ ΟΔΟΣ', 'Σ', 'ΑΣ', 'ΣΑ', 'ΑΣ.', 'ΑΣ1', 'Α.Σ', 'ΑΣ\'Α', "Α'Σ", 'ΑΣ\u0301',
          'ΑΣ\u0301Α', 'Σ\u0301', 'aΣ', 'aΣb', '1Σ', 'ΑΣ Σ', 'ΑΣ:', 'ΑΣ\xad', 'ÀΣ', 'ΑΣΑΣ']:
    print(repr(s), repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()),
          repr(s.casefold()))
print('ΟΔΥΣΣΕΥΣ'.lower(), 'ΟΔΥΣΣΕΥΣ'.title(), 'ΟΔΥΣΣΕΥΣ'.capitalize())
print('Σ'.lower() == 'σ', 'ΑΣ'.lower()[-1] == 'ς')
print([w.lower() for w in 'ΤΟ ΣΠΙΤΙ ΤΟΥ ΚΥΡΙΟΥ ΠΑΠΑΔΟΠΟΥΛΟΣ'.split()])
print('ς'.upper(), 'σ'.upper(), 'ς'.casefold(), 'ς'.title())
