using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Idempotency;
using BackOffice.Infrastructure.Outbox;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackOffice.Infrastructure.Commands;

/// <summary>
/// Runs any back-office command exactly once, whichever door it came through. Each attempt reads the target fresh, lets
/// the command's handler decide, and writes the changes, the idempotency record and one outbox event per change in one
/// transaction. The order's version is the concurrency token: if another writer got there
/// first, the attempt is thrown away and the decision made again on fresh totals, so the loser of a race is refused
/// on the amounts, never allowed past them. A concurrent duplicate with the same key fails on the key's unique index
/// and its retry replays the first result.
/// </summary>
public sealed class CommandRunner(
    BackOfficeDbContext db, IServiceProvider services, OutboxSignal outbox, TimeProvider time, ILogger<CommandRunner> logger)
{
    public const int MaxAttempts = 40;

    public async Task<CommandOutcome<TResult>> RunAsync<TResult>(ICommand<TResult> command, CommandContext context, CancellationToken cancellationToken)
    {
        var handler = services.GetRequiredKeyedService<ICommandHandler<TResult>>(command.GetType());
        if (handler.Validate(command) is { } invalid)
        {
            return CommandOutcome<TResult>.Refused(invalid);
        }

        var key = context.IdempotencyKey;
        if (!IdempotencyKeys.IsValid(key))
        {
            return CommandOutcome<TResult>.Refused(new InvalidInputError(
                $"An idempotency key has 1 to {IdempotencyKeys.MaxLength} characters among A-Z a-z 0-9 - _ . : (a UUID will do).", "idempotencyKey"));
        }

        var name = handler.Name;
        var requestHash = CommandFingerprint.Of(name, command);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var previous = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, cancellationToken);
            if (previous is not null)
            {
                if (previous.RequestHash != requestHash && previous.RequestHash != CommandFingerprint.Legacy(name, command))
                {
                    return CommandOutcome<TResult>.Refused(new IdempotencyKeyReusedError(
                        $"Idempotency key '{key}' was already used for a different request ({previous.Mutation} at {previous.CreatedAt:u}); use a new key for a new request."));
                }

                var replayed = await handler.ReplayAsync(previous.ResultId, cancellationToken);
                logger.LogInformation("{Mutation} replayed for key {IdempotencyKey}: {ResultId}", name, key, previous.ResultId);
                return new CommandOutcome<TResult>(replayed, null, true);
            }

            var now = UtcMillisecondsConverter.Now(time);
            var decision = await handler.HandleAsync(command, context, now, cancellationToken);
            if (!decision.IsSuccess)
            {
                db.ChangeTracker.Clear();
                logger.LogInformation("{Mutation} refused ({Code}) for key {IdempotencyKey}", name, decision.Error!.Code, key);
                return CommandOutcome<TResult>.Refused(decision.Error!);
            }

            var result = decision.Value!;
            var resultId = handler.ResultId(result);
            db.IdempotencyRecords.Add(new IdempotencyRecord(db.CurrentMerchantId!, key, name, requestHash, resultId, now));
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.Database.AutoSavepointsEnabled = false; // a failed attempt rolls the whole transaction back: a savepoint is a wasted round trip
                await OutboxWriter.RecordChangesAsync(db, db.ChangeTracker.Entries<Order>().Select(e => e.Entity).ToList(), now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                outbox.Notify();
                logger.LogInformation("{Mutation} done for key {IdempotencyKey}: {ResultId} (attempt {Attempt})", name, key, resultId, attempt);
                return new CommandOutcome<TResult>(result, null, false);
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts)
            {
                // A concurrency conflict (the target changed since we read it) or a duplicate key from a concurrent twin:
                // decide again from fresh data; the twin's record, if any, is replayed on the next attempt.
                logger.LogInformation("{Mutation} conflicted on attempt {Attempt} ({Error}); deciding again", name, attempt, e.GetType().Name);
                await Task.Delay(Random.Shared.Next(1, Math.Min(5 * attempt, 50)), cancellationToken);
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear();
                throw new ConcurrencyConflictException($"{name} could not be applied after {MaxAttempts} attempts; nothing was written.", e);
            }
        }
    }
}
