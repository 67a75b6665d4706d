using GraphQL.Types;

namespace BackOffice.Api.Common.Mutations;

/// <summary>What every business refusal in a payload's <c>errors</c> offers: a message for a person, a code for a program.</summary>
public sealed class ErrorInterface : InterfaceGraphType
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "A business refusal: nothing was written. The message says what to do next; the code is stable.";
        Field<NonNullGraphType<StringGraphType>>("message");
        Field<NonNullGraphType<StringGraphType>>("code");
    }
}
