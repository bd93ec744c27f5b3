//! [`Stack`]: a `Vec` whose `push` is always inlined, for the eval loop's value and frame
//! stacks.
//!
//! `Vec::push` is an `#[inline]` call to a function holding the growth path, and in a
//! function as large as the eval loop the compiler keeps it out of line at many sites: each
//! push then costs a call and builds its value in memory first. Here the growth path alone
//! is out of line (and cold: a frame reserves its slots when it is pushed), and the push
//! itself is a capacity compare, a store and a length update. Everything else is the
//! `Vec`'s own, through `Deref`.

use std::ops::{Deref, DerefMut};

pub(crate) struct Stack<T>(Vec<T>);

impl<T> Stack<T> {
    pub(crate) fn with_capacity(n: usize) -> Stack<T> {
        Stack(Vec::with_capacity(n))
    }

    #[inline(always)]
    pub(crate) fn push(&mut self, v: T) {
        let len = self.0.len();
        if len == self.0.capacity() {
            self.grow();
        }
        // SAFETY: `len < capacity` (checked, or `grow` reserved at least one more), so the
        // slot at `len` is allocated and unused; writing it and counting it in keeps every
        // slot below the length initialized, the Vec's invariant.
        unsafe {
            self.0.as_mut_ptr().add(len).write(v);
            self.0.set_len(len + 1);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.0.reserve(1);
    }
}

impl<T> Deref for Stack<T> {
    type Target = Vec<T>;
    #[inline(always)]
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T> DerefMut for Stack<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Stack;

    #[test]
    fn push_grows_past_the_first_capacity_and_keeps_order() {
        let mut s: Stack<String> = Stack::with_capacity(1);
        for i in 0..100 {
            s.push(i.to_string());
        }
        assert_eq!(s.len(), 100);
        assert!(s.iter().enumerate().all(|(i, v)| *v == i.to_string()));
        s.truncate(3);
        s.push("x".to_string());
        assert_eq!(s.as_slice(), ["0", "1", "2", "x"]);
    }
}
