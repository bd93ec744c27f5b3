# Sieve of Eratosthenes with a list of booleans.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i in range(n + 1) if is_prime[i]]

primes = sieve(200)
print(len(primes))
print(primes[:10], primes[-3:])
print(sum(primes))
