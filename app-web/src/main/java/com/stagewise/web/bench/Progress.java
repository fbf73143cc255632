package com.stagewise.web.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/** Prints "sessions 350000/1000000 (35%) 12s" at most once a second, and once at the end. */
final class Progress {

    private final PrintStream out;
    private final String what;
    private final long total;
    private final LongSupplier nanos;
    private final long started;
    private long done;
    private long lastPrinted;

    Progress(PrintStream out, String what, long total, LongSupplier nanos) {
        this.out = out;
        this.what = what;
        this.total = total;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
        this.lastPrinted = started;
    }

    static Progress start(PrintStream out, String what, long total) {
        return new Progress(out, what, total, System::nanoTime);
    }

    void advance(long rows) {
        done += rows;
        long now = nanos.getAsLong();
        if (done >= total || now - lastPrinted >= 1_000_000_000L) {
            lastPrinted = now;
            out.println(line(done, now));
            out.flush();
        }
    }

    /** The final line, also when there was nothing to do. */
    void finish() {
        if (done < total || total == 0) {
            out.println(line(done, nanos.getAsLong()));
        }
    }

    String line(long count, long now) {
        long percent = total == 0 ? 100 : count * 100 / total;
        return String.format(Locale.ROOT, "%s %d/%d (%d%%) %ds", what, count, total, percent,
                (now - started) / 1_000_000_000L);
    }
}
