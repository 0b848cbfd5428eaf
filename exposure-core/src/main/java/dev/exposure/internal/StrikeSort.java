package dev.exposure.internal;

/**
 * The stable sort of contract indices by strike shared by the strike-ordered layout ({@link ChainColumns}) and
 * the strike rows of the views.
 */
public final class StrikeSort {

    private StrikeSort() {
    }

    /**
     * Sorts {@code a[from, to)} by {@code key[a[i]]}, stably (merge sort: equal keys keep their order).
     *
     * @param a the indices, sorted in place
     * @param scratch working space, at least as long as {@code to}
     * @param from the first position sorted
     * @param to one past the last position sorted
     * @param key the key (the strike) of each index
     */
    public static void sort(int[] a, int[] scratch, int from, int to, double[] key) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, scratch, from, mid, key);
        sort(a, scratch, mid, to, key);
        if (key[a[mid - 1]] <= key[a[mid]]) {
            return; // the halves are already in order: the usual case for a single expiration
        }
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        int out = from;
        while (i < mid && j < to) {
            // strictly smaller from the right half only: ties take the left (earlier) element first
            a[out++] = key[scratch[j]] < key[scratch[i]] ? scratch[j++] : scratch[i++];
        }
        while (i < mid) {
            a[out++] = scratch[i++];
        }
        while (j < to) {
            a[out++] = scratch[j++];
        }
    }
}
