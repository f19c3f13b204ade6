package org.openhall.benchmarks.load;

/**
 * One client's next step in a closed-loop load: it performs one transition and answers whether there
 * was one to perform ({@code false}: the client has run out of work and stops). A thrown exception is
 * counted as an error; the client goes on.
 */
@FunctionalInterface
public interface Transition {

    boolean next() throws Exception;
}
