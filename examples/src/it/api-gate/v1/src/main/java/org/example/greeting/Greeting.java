package org.example.greeting;

/** Greetings. */
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

  /**
   * Says goodbye.
   *
   * @param name who
   * @return the farewell
   */
  public static String goodbye(String name) {
    return "Goodbye, " + name;
  }
}
