package com.kpipulse.web.access;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A JSON body that cannot be read (broken syntax, nesting or numbers past the parser's limits, a text where a list
 * belongs): 400 with where it breaks off (line, column, field path) and what was expected, in both languages. The
 * parser's own message never reaches the caller: it may quote the input at any length.
 */
public class UnreadableBodyAnswers {

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return answer(e, "the value does not have the expected type (a text, a number, a list or an object)",
                "значение не того типа (ожидается текст, число, список или объект)");
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return mismatched(e);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return answer(e, "the body does not have the expected shape", "тело запроса не той структуры");
    }

    @ServerExceptionMapper
    public Response syntax(JsonParseException e) {
        return answer(e, "the body is not well-formed JSON", "тело запроса — не корректный JSON");
    }

    @ServerExceptionMapper
    public Response limits(StreamConstraintsException e) {
        return answer(e, "the body nests too deep or holds a number or text too long to read",
                "в теле слишком глубокая вложенность или слишком длинное число или текст");
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return answer(e, "the body cannot be read as JSON", "тело запроса не читается как JSON");
    }

    private static Response answer(JsonProcessingException e, String en, String ru) {
        JsonLocation at = e.getLocation();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "bad_request");
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String whereRu = at == null ? "" : " (строка " + at.getLineNr() + ", столбец " + at.getColumnNr() + ")";
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        body.put("message", en + where + (field.isEmpty() ? "" : ", field " + field));
        body.put("messageRu", ru + whereRu + (field.isEmpty() ? "" : ", поле " + field));
        if (at != null) {
            body.put("line", at.getLineNr());
            body.put("column", at.getColumnNr());
        }
        if (!field.isEmpty()) {
            body.put("field", field);
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    /** {@code observations[1].value}: the path of the field that could not be read, names cut to a sane length. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(reference -> reference.getFieldName() != null
                        ? "." + com.kpipulse.domain.input.InputProblem.excerpt(reference.getFieldName())
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
