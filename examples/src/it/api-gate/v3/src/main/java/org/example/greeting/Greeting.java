package org.example.greeting;

/** Greetings, without goodbye. */
public final class Greeting {
  private Greeting() {}

  /**
   * Says hello.
   *
   * @param name who
   * @return the greeting
   */
  public static String hello(String name) {
    return "Hello, " + name;
  }
}
