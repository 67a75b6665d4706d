namespace BackOffice.Api.Warmup;

/// <summary>Whether the warm-up has finished (or given up): readiness waits for it as it waits for migrations.</summary>
public sealed class WarmupState
{
    private readonly TaskCompletionSource<string> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsDone => _done.Task.IsCompleted;

    /// <summary>What the warm-up did, once done.</summary>
    public string? Outcome => IsDone ? _done.Task.Result : null;

    public Task Done => _done.Task;

    public void Finish(string outcome) => _done.TrySetResult(outcome);
}
