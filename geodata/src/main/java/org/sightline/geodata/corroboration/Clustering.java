package org.sightline.geodata.corroboration;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntPredicate;

/** Connected components of the match graph over an {@link ItemIndex}. Stateless and thread-safe. */
final class Clustering {
  private Clustering() {}

  /**
   * Every component, each as its members' positions in ascending order, the components in order of
   * their first member.
   *
   * <p>Items are taken in sweep order (by start) and each asks only for candidates earlier in that
   * order, so each pair is considered at most once; the matches that joined clusters are kept as
   * each cluster's spanning tree ({@link Clusters}); the components do not depend on the order of
   * the pairs, so neither do they on the order of the input. Two things keep a dense facility, with
   * thousands of items at one place over decades, from costing a look at every pair that overlaps
   * in time:
   *
   * <ul>
   *   <li>A pair's places are compared only when the two are not yet connected, and whether they
   *       are is read through a hint kept per index entry: the root last seen for it.
   *   <li>Runs: within a bucket (items of one type and width class in one cell, in sweep order),
   *       {@code skip[e]} is an entry after {@code e} such that every entry from {@code e} up to it
   *       is known to be connected to {@code e}'s item. Sets only ever merge, so this stays true;
   *       once the item asking is connected to an entry, the scan jumps over its run, candidates or
   *       not (an entry too far from the item is passed over the same way when it is already in the
   *       item's cluster). Runs grow and are shortened (path compression) as they are crossed, so a
   *       bucket whose items form one cluster is crossed in a few steps.
   * </ul>
   */
  static Clusters components(ItemIndex index, Tolerances tolerances) {
    int n = index.size();
    UnionFind sets = new UnionFind(n);
    int[] edges = new int[2 * Math.max(0, n - 1)];
    int[] edgeCount = new int[1];
    long days = tolerances.timeDays();
    double metres = tolerances.placeM();
    int[] hints = index.entryItems();
    int[] skip = new int[hints.length];
    int[] rootOfItem = new int[1];
    int[] cursors = index.newCursors();
    for (int i : index.sweepOrder()) {
      int item = i;
      rootOfItem[0] = item;
      index.earlierCandidates(
          item,
          days,
          metres,
          cursors,
          new ItemIndex.EntryVisitor() {
            @Override
            public int accept(int j, int entry, int bucketEnd) {
              int root = hints[entry];
              if (root != rootOfItem[0]) {
                root = sets.find(root);
                hints[entry] = root;
                if (root != rootOfItem[0]) {
                  if (!index.within(item, j, metres)) {
                    return entry + 1;
                  }
                  sets.union(item, j);
                  edges[2 * edgeCount[0]] = item;
                  edges[2 * edgeCount[0] + 1] = j;
                  edgeCount[0]++;
                  rootOfItem[0] = sets.find(item);
                }
              }
              return runEnd(entry, bucketEnd, rootOfItem[0], sets, hints, skip);
            }

            @Override
            public int passed(int j, int entry, int bucketEnd) {
              // A hint equal to the item's root is certain (sets only merge); another may be stale,
              // and then the entry is merely not skipped.
              return hints[entry] == rootOfItem[0]
                  ? runEnd(entry, bucketEnd, rootOfItem[0], sets, hints, skip)
                  : entry + 1;
            }
          });
    }
    int[] number = new int[n];
    Arrays.fill(number, -1);
    int[] sizes = new int[n];
    int count = 0;
    int[] componentOf = new int[n];
    for (int i = 0; i < n; i++) {
      int root = sets.find(i);
      if (number[root] < 0) {
        number[root] = count++;
      }
      componentOf[i] = number[root];
      sizes[componentOf[i]]++;
    }
    int[][] components = new int[count][];
    int[] filled = new int[count];
    for (int c = 0; c < count; c++) {
      components[c] = new int[sizes[c]];
    }
    for (int i = 0; i < n; i++) {
      int c = componentOf[i];
      components[c][filled[c]++] = i;
    }
    int[][] trees = new int[count][];
    for (int c = 0; c < count; c++) {
      trees[c] = new int[2 * (sizes[c] - 1)];
    }
    Arrays.fill(filled, 0);
    for (int e = 0; e < edgeCount[0]; e++) {
      int c = componentOf[edges[2 * e]];
      trees[c][filled[c]++] = edges[2 * e];
      trees[c][filled[c]++] = edges[2 * e + 1];
    }
    return new Clusters(components, trees);
  }

  /**
   * Components and their spanning trees: each component's members' positions, ascending (components
   * in order of their first member), and each component's spanning tree, the matches that joined
   * its members, as pairs of positions {@code (later, earlier)} in the order they were made. The
   * same items give the same trees whatever else is corroborated with them: an item joins, in turn,
   * the first item in the search's fixed order (cells, types, classes, start) that matches it and
   * is not yet connected to it, and which that is depends only on the items connected to it.
   */
  static final class Clusters {
    private final int[][] components;
    private final int[][] trees;

    Clusters(int[][] components, int[][] trees) {
      this.components = components;
      this.trees = trees;
    }

    int[][] components() {
      return components;
    }

    int[][] trees() {
      return trees;
    }
  }

  /**
   * The first entry after {@code entry}, within its bucket, that is not known to be in {@code
   * root}'s set ({@code entry}'s); shortens the runs crossed to point there.
   */
  private static int runEnd(
      int entry, int bucketEnd, int root, UnionFind sets, int[] hints, int[] skip) {
    int k = entry;
    int end;
    while (true) {
      int next = skip[k] == 0 ? k + 1 : skip[k];
      if (next >= bucketEnd) {
        end = bucketEnd;
        break;
      }
      int r = hints[next];
      if (r != root) {
        r = sets.find(r);
        hints[next] = r;
      }
      if (r != root) {
        end = next;
        break;
      }
      k = next;
    }
    for (k = entry; k < end; ) {
      int next = skip[k] == 0 ? k + 1 : skip[k];
      skip[k] = end;
      k = next;
    }
    return end;
  }

  /**
   * The positions connected to the seeds through items {@code allowed} accepts, ascending; seeds
   * are included when allowed. Breadth-first from the seeds; the result is a set, whatever the
   * order of the search. For one neighbourhood (an event's, at other tolerances, or the items a
   * change touches), where the whole clustering would cost more.
   */
  static int[] reach(ItemIndex index, int[] seeds, Tolerances tolerances, IntPredicate allowed) {
    long days = tolerances.timeDays();
    double metres = tolerances.placeM();
    BitSet reached = new BitSet(index.size());
    int[] queue = new int[16];
    int head = 0;
    int tail = 0;
    for (int s : seeds) {
      if (allowed.test(s) && !reached.get(s)) {
        reached.set(s);
        queue = grow(queue, tail);
        queue[tail++] = s;
      }
    }
    IntList found = new IntList();
    while (head < tail) {
      int u = queue[head++];
      found.clear();
      index.candidates(
          u,
          days,
          metres,
          j -> {
            if (!reached.get(j) && allowed.test(j)) {
              found.add(j);
            }
          });
      for (int v : found.values()) {
        if (!reached.get(v) && index.within(u, v, metres)) {
          reached.set(v);
          queue = grow(queue, tail);
          queue[tail++] = v;
        }
      }
    }
    return reached.stream().toArray();
  }

  private static int[] grow(int[] queue, int size) {
    return size < queue.length ? queue : Arrays.copyOf(queue, queue.length * 2);
  }

  /** A growing list of positions. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void clear() {
      size = 0;
    }

    int[] values() {
      return Arrays.copyOf(values, size);
    }
  }
}
