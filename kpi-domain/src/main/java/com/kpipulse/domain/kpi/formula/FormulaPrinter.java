package com.kpipulse.domain.kpi.formula;

/** Writes an expression back as formula text, adding parentheses only where precedence needs them. */
final class FormulaPrinter {

    private FormulaPrinter() {
    }

    static String print(Expression expression) {
        return switch (expression) {
            case Expression.Constant constant -> constant.value().toPlainString();
            case Expression.Reference reference -> reference.name();
            case Expression.Negation negation -> "-" + wrapUnlessAtomic(negation.operand());
            case Expression.Call call -> call.function().keyword() + "(" + print(call.argument()) + ")";
            case Expression.Binary binary -> {
                int precedence = binary.operator().precedence();
                String left = needsParentheses(binary.left(), precedence, false) ? "(" + print(binary.left()) + ")" : print(binary.left());
                String right = needsParentheses(binary.right(), precedence, true) ? "(" + print(binary.right()) + ")" : print(binary.right());
                yield left + " " + binary.operator().symbol() + " " + right;
            }
        };
    }

    private static boolean needsParentheses(Expression child, int parentPrecedence, boolean rightSide) {
        if (child instanceof Expression.Binary binary) {
            int precedence = binary.operator().precedence();
            return precedence < parentPrecedence || (rightSide && precedence == parentPrecedence);
        }
        return false;
    }

    private static String wrapUnlessAtomic(Expression operand) {
        return operand instanceof Expression.Binary ? "(" + print(operand) + ")" : print(operand);
    }
}
