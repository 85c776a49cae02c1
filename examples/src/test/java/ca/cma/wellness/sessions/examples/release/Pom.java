package ca.cma.wellness.sessions.examples.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A POM file as written (not its effective model): its elements by slash-separated path. */
final class Pom {
  private final Element project;

  private Pom(Element project) {
    this.project = project;
  }

  /**
   * Reads a POM.
   *
   * @param file the POM
   * @return its model as written
   * @throws IOException when it cannot be read or is not XML
   */
  static Pom read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return new Pom(builder.parse(in).getDocumentElement());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the first element at a path such as {@code scm/url}.
   *
   * @param path child names separated by slashes
   * @return the element, if present
   */
  Optional<Element> element(String path) {
    Element current = project;
    for (String name : path.split("/")) {
      Optional<Element> child = children(current, name).stream().findFirst();
      if (child.isEmpty()) {
        return Optional.empty();
      }
      current = child.get();
    }
    return Optional.of(current);
  }

  /**
   * Returns the trimmed text at a path, if present and not blank.
   *
   * @param path child names separated by slashes
   * @return the text
   */
  Optional<String> text(String path) {
    return element(path).map(Node::getTextContent).map(String::strip).filter(t -> !t.isEmpty());
  }

  /**
   * Returns every element with a name under the element at a path ({@code modules} and
   * {@code module}, say).
   *
   * @param path the parent's path
   * @param name the children's name
   * @return the children, in document order
   */
  List<Element> all(String path, String name) {
    return element(path).map(parent -> children(parent, name)).orElse(List.of());
  }

  /**
   * Returns the trimmed text of a child element.
   *
   * @param parent the element
   * @param name the child's name
   * @return the text, if present and not blank
   */
  static Optional<String> text(Element parent, String name) {
    return children(parent, name).stream()
        .findFirst()
        .map(Node::getTextContent)
        .map(String::strip)
        .filter(t -> !t.isEmpty());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && name.equals(element.getLocalName())) {
        children.add(element);
      }
    }
    return children;
  }
}
