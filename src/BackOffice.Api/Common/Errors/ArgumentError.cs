using GraphQL;

namespace BackOffice.Api.Common.Errors;

/// <summary>A field argument a client got wrong: a GraphQL error with a code, never an exception to mask.</summary>
public static class ArgumentError
{
    public static ExecutionError Create(string code, string message, params (string Key, object? Value)[] extensions)
    {
        var error = new ExecutionError(message) { Code = code };
        foreach (var (key, value) in extensions)
        {
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions[key] = value;
        }

        return error;
    }
}
