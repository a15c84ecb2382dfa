package io.github.markfeed.page;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares equal values between pages. Tags and author names repeat across most pages of a site, and
 * keeping one copy of each keeps a site of 200,000 pages within a small heap.
 */
final class Interner<T> {

    private final ConcurrentHashMap<T, T> values = new ConcurrentHashMap<>();

    T intern(T value) {
        if (value == null) {
            return null;
        }
        T existing = values.putIfAbsent(value, value);
        return existing == null ? value : existing;
    }
}
