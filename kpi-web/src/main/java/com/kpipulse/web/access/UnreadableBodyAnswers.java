package com.kpipulse.web.access;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.web.text.AppMessages;
import com.kpipulse.web.text.Bundles;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A JSON body that cannot be read (broken syntax, nesting or numbers past the parser's limits, a text where a list
 * belongs): 400 with where it breaks off (line, column, field path) and what was expected, in both languages. The
 * parser's own message never reaches the caller: it may quote the input at any length.
 */
public class UnreadableBodyAnswers {

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return answer(e, "WRONG_TYPE", AppMessages::api_body_wrong_type);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return mismatched(e);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return answer(e, "WRONG_SHAPE", AppMessages::api_body_wrong_shape);
    }

    @ServerExceptionMapper
    public Response syntax(JsonParseException e) {
        return answer(e, "NOT_JSON", AppMessages::api_body_not_json);
    }

    @ServerExceptionMapper
    public Response limits(StreamConstraintsException e) {
        return answer(e, "TOO_DEEP_OR_LONG", AppMessages::api_body_too_deep);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return answer(e, "UNREADABLE", AppMessages::api_body_unreadable);
    }

    /** The answer: what is wrong ({@code code} and the bundle's text), where it breaks off and in which field. */
    private static Response answer(JsonProcessingException e, String code, Function<AppMessages, String> what) {
        JsonLocation at = e.getLocation();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "bad_request");
        body.put("code", code);
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        LocalizedText said = Bundles.both(AppMessages.class, texts -> what.apply(texts)
                + (at == null ? "" : " (" + texts.api_body_at(at.getLineNr(), at.getColumnNr()) + ")")
                + (field.isEmpty() ? "" : ", " + texts.api_body_field(field)));
        body.put("message", said.en());
        body.put("messageRu", said.ru());
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
