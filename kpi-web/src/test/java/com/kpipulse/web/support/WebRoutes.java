package com.kpipulse.web.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/**
 * The JAX-RS routes the web module serves, read from its classes (not from a list anybody keeps): each resource
 * method as "METHOD /path/{param}" with the method itself, for tests that must cover every route.
 */
public final class WebRoutes {

    private static final List<Class<? extends Annotation>> VERBS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);

    /** One resource method and the route it answers. */
    public record WebRoute(String key, JavaMethod method) {
    }

    private WebRoutes() {
    }

    public static List<WebRoute> all() {
        List<WebRoute> routes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.kpipulse.web")) {
            String base = type.tryGetAnnotationOfType(Path.class).map(Path::value).orElse(null);
            if (base == null) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                VERBS.stream().filter(method::isAnnotatedWith).map(Class::getSimpleName).findFirst().ifPresent(verb -> {
                    String sub = method.tryGetAnnotationOfType(Path.class).map(Path::value).orElse("");
                    routes.add(new WebRoute(verb + " " + join(base, sub), method));
                });
            }
        }
        return routes;
    }

    private static String join(String base, String sub) {
        String path = "/" + (base + "/" + sub).replaceAll("/+", "/").replaceAll("^/|/$", "");
        return path.equals("/") ? "/" : path;
    }
}
