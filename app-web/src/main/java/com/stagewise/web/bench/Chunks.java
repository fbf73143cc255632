package com.stagewise.web.bench;

import java.util.ArrayList;
import java.util.List;

/** Splits a row count into consecutive batches; each batch is written in one transaction. */
final class Chunks {

    record Chunk(int from, int to) {
        int size() {
            return to - from;
        }
    }

    private Chunks() {
    }

    static List<Chunk> of(int total, int size) {
        if (total < 0 || size < 1) {
            throw new IllegalArgumentException("total must be >= 0 and size >= 1");
        }
        List<Chunk> chunks = new ArrayList<>((total + size - 1) / size);
        for (int from = 0; from < total; from += size) {
            chunks.add(new Chunk(from, Math.min(total, from + size)));
        }
        return chunks;
    }

    /** How many parents per transaction so that their child rows come to about {@code rowsPerBatch}. */
    static int parentsPerBatch(int rowsPerBatch, double childRowsPerParent) {
        return Math.max(1, (int) Math.round(rowsPerBatch / Math.max(1.0, childRowsPerParent)));
    }
}
