package com.stagewise.domain;

import java.util.List;

/** One page of a longer list, and whether more follow. */
public record Page<T>(List<T> items, int pageNumber, int pageSize, boolean hasNext) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return pageNumber > 1;
    }

    /** Rows to skip for a 1-based page number. */
    public static int offset(int pageNumber, int pageSize) {
        return (Math.max(pageNumber, 1) - 1) * pageSize;
    }
}
