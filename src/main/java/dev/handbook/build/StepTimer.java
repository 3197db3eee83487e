package dev.handbook.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the pipeline's steps one after another and remembers how long each took. */
public final class StepTimer {
  private final Map<String, Long> millis = new LinkedHashMap<>();

  public <T> T step(String name, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
    }
  }

  public void step(String name, Runnable work) {
    step(name, () -> {
      work.run();
      return null;
    });
  }

  public Map<String, Long> millis() {
    return millis;
  }
}
