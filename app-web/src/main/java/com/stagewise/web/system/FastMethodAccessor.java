package com.stagewise.web.system;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ognl.MethodAccessor;
import ognl.MethodFailedException;
import ognl.ObjectMethodAccessor;
import ognl.OgnlRuntime;

/**
 * Calls of methods without arguments in templates — {@code e.content()}, {@code page.items()},
 * {@code link.isPresent()} — straight through a cached method handle. The profile of the library
 * page showed a third of its time in OGNL's general method call: finding the best overload and
 * asking Thymeleaf's access list, again for every call. Only the app's own classes and a few
 * harmless JDK methods take this road; everything else, and every call with arguments, goes to
 * OGNL's own accessor and its checks as before.
 */
final class FastMethodAccessor implements MethodAccessor {

    private static final String OURS = "com.stagewise.";

    private final MethodAccessor general = new ObjectMethodAccessor();
    private final ClassValue<Map<String, MethodHandle>> handles = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return noArgumentMethods(type);
        }
    };

    private static boolean installed;

    /** Installs the accessor for every class; OGNL's accessors are global, so this is done once per JVM. */
    static synchronized void install() {
        if (!installed) {
            OgnlRuntime.setMethodAccessor(Object.class, SHARED);
            installed = true;
        }
    }

    private static final FastMethodAccessor SHARED = new FastMethodAccessor();

    /** The cached handle of {@code type}'s no-argument method of that name, if it may take the fast road; else null. */
    static MethodHandle handle(Class<?> type, String methodName) {
        return SHARED.handles.get(type).get(methodName);
    }

    @Override
    public Object callMethod(Map context, Object target, String methodName, Object[] args) throws MethodFailedException {
        if (args.length == 0) {
            MethodHandle handle = handles.get(target.getClass()).get(methodName);
            if (handle != null) {
                try {
                    return handle.invoke(target);
                } catch (Throwable e) {
                    throw new MethodFailedException(target, methodName, e);
                }
            }
        }
        return general.callMethod(context, target, methodName, args);
    }

    @Override
    public Object callStaticMethod(Map context, Class targetClass, String methodName, Object[] args)
            throws MethodFailedException {
        return general.callStaticMethod(context, targetClass, methodName, args);
    }

    private static Map<String, MethodHandle> noArgumentMethods(Class<?> type) {
        Map<String, MethodHandle> found = new HashMap<>();
        if (type.getName().startsWith(OURS)) {
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()) && !method.isBridge()
                        && method.getDeclaringClass().getName().startsWith(OURS)) {
                    found.put(method.getName(), handle(method));
                }
            }
            // a record nested in a package-private class: its accessors are public but not reachable through getMethods' class
            if (type.isRecord()) {
                for (var component : type.getRecordComponents()) {
                    found.putIfAbsent(component.getName(), handle(component.getAccessor()));
                }
            }
        }
        if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())) {
            found.put("name", handle(method(Enum.class, "name")));
        }
        if (Optional.class.equals(type)) {
            for (String name : new String[] {"isPresent", "isEmpty", "get"}) {
                found.put(name, handle(method(Optional.class, name)));
            }
        }
        if (Collection.class.isAssignableFrom(type) && type.getName().startsWith("java.util.")) {
            found.put("isEmpty", handle(method(Collection.class, "isEmpty")));
            found.put("size", handle(method(Collection.class, "size")));
        }
        return Map.copyOf(found);
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no " + name + "()", e);
        }
    }

    private static MethodHandle handle(Method method) {
        try {
            if (method.getDeclaringClass().getName().startsWith(OURS)) {
                method.setAccessible(true);
            }
            return MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method, e);
        }
    }
}
