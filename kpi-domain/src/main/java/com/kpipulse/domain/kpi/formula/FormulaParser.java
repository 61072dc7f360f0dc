package com.kpipulse.domain.kpi.formula;

import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recursive-descent parser of the formula language:
 *
 * <pre>
 * formula  = sum EOF
 * sum      = product (("+" | "-") product)*
 * product  = unary (("*" | "/") unary)*
 * unary    = "-" unary | primary
 * primary  = number | name | name "(" sum ")" | "(" sum ")"
 * name     = letter (letter | digit | "_")*        (case-insensitive, stored lower-case)
 * number   = digit+ ("." digit+)?
 * </pre>
 *
 * The typographic signs people paste from documents ({@code − × ÷}) are read as {@code - * /}.
 * No scripting engine and no {@code eval}: the text becomes an {@link Expression} tree.
 * <p>
 * Parentheses, function calls and minus signs nest at most {@value #MAX_NESTING} deep: the descent is recursive, so a
 * formula of ten thousand opening brackets would otherwise overflow the stack instead of being refused with a reason
 * (and every later walk over the tree is recursive too). No KPI a marketer writes comes near the limit. The text is
 * bounded first ({@link TextInput#FORMULA} characters, no NUL or other control characters), which also bounds how long
 * a chain such as {@code a + a + a …} can grow.
 */
public final class FormulaParser {

    /** How deep brackets, calls and minus signs may nest. */
    public static final int MAX_NESTING = 50;

    private final String source;
    private int index;
    private int depth;

    private FormulaParser(String source) {
        this.source = source;
    }

    public static ParseResult parse(String source) {
        if (source == null || source.isBlank()) {
            return rejected(FormulaProblem.at(ProblemKind.EMPTY_FORMULA, 0, FormulaMessageKind.EMPTY_FORMULA));
        }
        Optional<InputProblem> unfit = TextInput.check(source, TextInput.FORMULA, TextInput.Lines.MANY);
        if (unfit.isPresent()) {
            return rejected(new FormulaProblem(ProblemKind.INVALID_TEXT, 0, unfit.get().toMessage()));
        }
        try {
            var parser = new FormulaParser(source);
            Expression expression = parser.sum();
            parser.skipSpaces();
            if (parser.index < source.length()) {
                throw parser.unexpected();
            }
            return new ParseResult.Parsed(expression);
        } catch (Stop stop) {
            return rejected(stop.problem);
        }
    }

    /** For formulas that are part of the product (the catalog file): a broken one is a bug. */
    public static Expression parseOrThrow(String source) {
        return switch (parse(source)) {
            case ParseResult.Parsed parsed -> parsed.expression();
            case ParseResult.Rejected rejected -> throw new IllegalArgumentException(
                    "Invalid formula '" + source + "': " + rejected.problems().getFirst().message(Locale.ENGLISH));
        };
    }

    private static ParseResult rejected(FormulaProblem problem) {
        return new ParseResult.Rejected(List.of(problem));
    }

    private Expression sum() {
        Expression left = product();
        while (true) {
            skipSpaces();
            int position = column();
            if (accept('+')) {
                left = new Expression.Binary(Operator.ADD, left, product(), position);
            } else if (accept('-', '−')) {
                left = new Expression.Binary(Operator.SUBTRACT, left, product(), position);
            } else {
                return left;
            }
        }
    }

    private Expression product() {
        Expression left = unary();
        while (true) {
            skipSpaces();
            int position = column();
            if (accept('*', '×')) {
                left = new Expression.Binary(Operator.MULTIPLY, left, unary(), position);
            } else if (accept('/', '÷')) {
                left = new Expression.Binary(Operator.DIVIDE, left, unary(), position);
            } else {
                return left;
            }
        }
    }

    private Expression unary() {
        skipSpaces();
        int position = column();
        if (accept('-', '−')) {
            enter(position);
            Expression negated = unary();
            depth--;
            return new Expression.Negation(negated, position);
        }
        return primary();
    }

    /** One level deeper, refused past {@link #MAX_NESTING}, with the position where the limit is crossed. */
    private void enter(int position) {
        if (++depth > MAX_NESTING) {
            throw new Stop(FormulaProblem.at(ProblemKind.TOO_DEEPLY_NESTED, position,
                    FormulaMessageKind.TOO_DEEPLY_NESTED, position, MAX_NESTING));
        }
    }

    private Expression primary() {
        skipSpaces();
        if (index >= source.length()) {
            throw new Stop(FormulaProblem.at(ProblemKind.UNEXPECTED_END, column(),
                    FormulaMessageKind.UNEXPECTED_END, column()));
        }
        int position = column();
        char c = source.charAt(index);
        if (c == '(') {
            enter(position);
            index++;
            Expression inner = sum();
            expectClosing(position);
            depth--;
            return inner;
        }
        if (Character.isDigit(c)) {
            return number(position);
        }
        if (Character.isLetter(c)) {
            String name = name();
            skipSpaces();
            if (index < source.length() && source.charAt(index) == '(') {
                return call(name, position);
            }
            return new Expression.Reference(name, position);
        }
        throw unexpected();
    }

    private Expression call(String name, int position) {
        FormulaFunction function = FormulaFunction.byKeyword(name).orElseThrow(() -> new Stop(FormulaProblem.at(
                ProblemKind.UNKNOWN_FUNCTION, position, FormulaMessageKind.UNKNOWN_FUNCTION, name, position)));
        int open = column();
        enter(position);
        index++;
        Expression argument = sum();
        skipSpaces();
        if (index < source.length() && source.charAt(index) == ',') {
            throw new Stop(FormulaProblem.at(ProblemKind.UNEXPECTED_TOKEN, column(),
                    FormulaMessageKind.ONE_ARGUMENT, function.keyword(), column()));
        }
        expectClosing(open);
        depth--;
        return new Expression.Call(function, argument, position);
    }

    private void expectClosing(int openedAt) {
        skipSpaces();
        if (!accept(')')) {
            throw new Stop(FormulaProblem.at(ProblemKind.MISSING_CLOSING_PARENTHESIS, openedAt,
                    FormulaMessageKind.UNCLOSED_PARENTHESIS, openedAt));
        }
    }

    private Expression number(int position) {
        int begin = index;
        while (index < source.length() && Character.isDigit(source.charAt(index))) {
            index++;
        }
        if (index + 1 < source.length() && source.charAt(index) == '.' && Character.isDigit(source.charAt(index + 1))) {
            index++;
            while (index < source.length() && Character.isDigit(source.charAt(index))) {
                index++;
            }
        }
        return new Expression.Constant(new BigDecimal(source.substring(begin, index)), position);
    }

    private String name() {
        int begin = index;
        while (index < source.length()
                && (Character.isLetterOrDigit(source.charAt(index)) || source.charAt(index) == '_')) {
            index++;
        }
        return source.substring(begin, index).toLowerCase(Locale.ROOT);
    }

    private Stop unexpected() {
        int position = column();
        char c = source.charAt(index);
        if (c == ')') {
            return new Stop(FormulaProblem.at(ProblemKind.UNEXPECTED_TOKEN, position,
                    FormulaMessageKind.UNOPENED_PARENTHESIS, position));
        }
        if (c == ',') {
            return new Stop(FormulaProblem.at(ProblemKind.UNEXPECTED_CHARACTER, position,
                    FormulaMessageKind.DECIMAL_COMMA, position));
        }
        return new Stop(FormulaProblem.at(ProblemKind.UNEXPECTED_CHARACTER, position,
                FormulaMessageKind.UNEXPECTED_CHARACTER, c, position));
    }

    private boolean accept(char... accepted) {
        if (index < source.length()) {
            char c = source.charAt(index);
            for (char candidate : accepted) {
                if (c == candidate) {
                    index++;
                    return true;
                }
            }
        }
        return false;
    }

    private void skipSpaces() {
        while (index < source.length() && Character.isWhitespace(source.charAt(index))) {
            index++;
        }
    }

    private int column() {
        return index + 1;
    }

    /** Unwinds the descent at the first syntax error; never leaves the parser. */
    private static final class Stop extends RuntimeException {
        private final transient FormulaProblem problem;

        Stop(FormulaProblem problem) {
            super(problem.message().english(), null, false, false);
            this.problem = problem;
        }
    }
}
