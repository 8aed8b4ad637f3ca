package io.gigawatt.planner.cli.init;

import java.time.LocalDate;

/** GPUs of one model installed by a date: {@code planner init --gpus MODEL:COUNT:DATE}. */
public record GpuOrder(String model, long count, LocalDate date) {

    public static final String FORM = "MODEL:COUNT:DATE such as GB200:50000:2026-06-30";

    /** Reads {@code MODEL:COUNT:DATE}; throws with what was expected when it is not that. */
    public static GpuOrder parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3 || parts[0].isBlank()) {
            throw new IllegalArgumentException("expected " + FORM + ", got '" + text + "'");
        }
        long count = Draft.wholeNumber(parts[1], 1, 10_000_000, "a whole number of GPUs from 1 to 10,000,000", text);
        return new GpuOrder(parts[0], count, Draft.date(parts[2], text));
    }
}
