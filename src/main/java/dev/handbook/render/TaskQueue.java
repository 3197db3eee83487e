package dev.handbook.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Runs independent tasks on every core, in the order given: each worker takes the next task as soon as it is done
 * with one. A parallel stream would hand each worker a fixed share of the list instead, and a share that holds
 * the few long tasks (a print page, a topic page of thousands of items) ends long after the others.
 */
final class TaskQueue {
  private TaskQueue() {}

  /**
   * Runs every task; once one has failed, tasks not yet started are skipped, and the first failure is thrown when
   * the running ones have ended (the caller deletes the folder they write into).
   */
  static void runAll(List<Runnable> tasks) {
    AtomicInteger next = new AtomicInteger();
    List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
    int workers = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
    IntStream.range(0, workers).parallel().forEach(worker -> {
      for (int i = next.getAndIncrement(); i < tasks.size() && failures.isEmpty(); i = next.getAndIncrement()) {
        try {
          tasks.get(i).run();
        } catch (RuntimeException e) {
          failures.add(e);
        }
      }
    });
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }
}
