namespace BackOffice.Api.Rest;

/// <summary>What a capture, refund or cancel answers: the new operation's id and time (the same on an idempotent retry).</summary>
public sealed record RestOperationCreated(string OperationId, string OperationTime);
