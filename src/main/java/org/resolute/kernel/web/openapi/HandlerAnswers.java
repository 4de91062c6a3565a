package org.resolute.kernel.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.util.ClassUtils;

/**
 * What a handler method answers, read from its bytecode and from the methods of its own class it calls (so that a
 * shared {@code answer(...)} helper counts): the statuses it names ({@code HttpStatus.CREATED},
 * {@code ResponseEntity.created}, ...), the response headers it sets (Location, ETag, Idempotent-Replayed) and the
 * kernel rules it applies ({@code IfMatch.required}). The document is thus derived from what the code does, not from
 * a list kept beside it. The reading does not follow branches: a helper shared by several handlers names only what
 * every caller answers (a status it is given is named by the caller), or all its callers are said to answer it.
 */
final class HandlerAnswers {

    /** A fact about an answer. */
    enum Fact {
        OK, CREATED, ACCEPTED, NO_CONTENT, LOCATION, ETAG, REPLAYED, IF_MATCH_REQUIRED
    }

    private static final String HTTP_STATUS = "org/springframework/http/HttpStatus";
    private static final String RESPONSE_ENTITY = "org/springframework/http/ResponseEntity";
    private static final String IF_MATCH = "org/resolute/kernel/IfMatch";

    private final Map<Class<?>, Map<String, Called>> classes = new HashMap<>();

    /** The facts of the handler, or of any method of its class it calls, directly or not. */
    synchronized Set<Fact> of(Method handler) {
        Class<?> type = ClassUtils.getUserClass(handler.getDeclaringClass());
        Map<String, Called> methods = classes.computeIfAbsent(type, HandlerAnswers::read);
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>();
        next.add(handler.getName() + Type.getMethodDescriptor(handler));
        while (!next.isEmpty()) {
            String method = next.pop();
            Called called = methods.get(method);
            if (called != null && seen.add(method)) {
                facts.addAll(called.facts);
                next.addAll(called.ownMethods);
            }
        }
        return facts;
    }

    private static Map<String, Called> read(Class<?> type) {
        String owner = type.getName().replace('.', '/');
        Map<String, Called> methods = new HashMap<>();
        try (InputStream bytes = type.getClassLoader().getResourceAsStream(owner + ".class")) {
            if (bytes == null) {
                return methods;
            }
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    Called called = new Called();
                    methods.put(name + descriptor, called);
                    return new Reading(owner, called);
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the handler class " + type.getName(), e);
        }
        return methods;
    }

    /** Notes the facts of one method's instructions. */
    private static final class Reading extends MethodVisitor {

        private final String owner;
        private final Called called;

        Reading(String owner, Called called) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.called = called;
        }

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String field, String descriptor) {
            if (opcode == Opcodes.GETSTATIC && fieldOwner.equals(HTTP_STATUS)) {
                switch (field) {
                    case "OK" -> called.facts.add(Fact.OK);
                    case "CREATED" -> called.facts.add(Fact.CREATED);
                    case "ACCEPTED" -> called.facts.add(Fact.ACCEPTED);
                    case "NO_CONTENT" -> called.facts.add(Fact.NO_CONTENT);
                    default -> {
                    }
                }
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String methodOwner, String method, String descriptor,
                boolean isInterface) {
            if (methodOwner.equals(owner)) {
                called.ownMethods.add(method + descriptor);
            } else if (methodOwner.equals(IF_MATCH) && method.equals("required")) {
                called.facts.add(Fact.IF_MATCH_REQUIRED);
            } else if (methodOwner.startsWith(RESPONSE_ENTITY)) {
                switch (method) {
                    case "ok" -> called.facts.add(Fact.OK);
                    case "created" -> called.facts.addAll(Set.of(Fact.CREATED, Fact.LOCATION));
                    case "accepted" -> called.facts.add(Fact.ACCEPTED);
                    case "noContent" -> called.facts.add(Fact.NO_CONTENT);
                    case "location" -> called.facts.add(Fact.LOCATION);
                    case "eTag" -> called.facts.add(Fact.ETAG);
                    default -> {
                    }
                }
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if ("Idempotent-Replayed".equals(value)) {
                called.facts.add(Fact.REPLAYED);
            }
        }
    }

    /** The facts one method shows and the methods of its own class it calls. */
    private static final class Called {
        final Set<Fact> facts = EnumSet.noneOf(Fact.class);
        final Set<String> ownMethods = new HashSet<>();
    }
}
