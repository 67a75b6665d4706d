using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BackOffice.Domain.Common;
using BackOffice.Domain.Contracts;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Idempotency;
using BackOffice.Infrastructure.Outbox;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BackOffice.Infrastructure.Commands;

/// <summary>
/// Runs the back-office commands exactly once. Each attempt reads the target fresh, lets the aggregate decide, and
/// writes the new operation, the order's totals and version, the idempotency record and the outbox events in one
/// <c>SaveChanges</c> (one transaction). The order's version is the concurrency token: if another writer got there
/// first, the attempt is thrown away and the decision made again on fresh totals, so the loser of a race is refused
/// on the amounts, never allowed past them. A concurrent duplicate with the same key fails on the key's unique index
/// and its retry replays the first result.
/// </summary>
public sealed class OrderCommandService(BackOfficeDbContext db, OutboxSignal outbox, TimeProvider time, ILogger<OrderCommandService> logger)
{
    public const int MaxAttempts = 40;
    public const int MaxIdempotencyKeyLength = 64;
    private const string HashPrefix = "v2:";
    private static readonly SearchValues<char> KeyCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:");

    public Task<CommandOutcome<Operation>> CaptureAsync(string operationId, long amount, string currency, string? description, CommandContext context, CancellationToken cancellationToken) =>
        OnOrderAsync("captureOperation", [operationId, amount, currency, description], operationId, description, context,
            (order, request) => order.Capture(operationId, amount, currency, request), cancellationToken);

    public Task<CommandOutcome<Operation>> RefundAsync(string operationId, long amount, string currency, string? description, CommandContext context, CancellationToken cancellationToken) =>
        OnOrderAsync("refundOperation", [operationId, amount, currency, description], operationId, description, context,
            (order, request) => order.Refund(operationId, amount, currency, request), cancellationToken);

    public Task<CommandOutcome<Operation>> CancelAsync(string operationId, string? description, CommandContext context, CancellationToken cancellationToken) =>
        OnOrderAsync("cancelOperation", [operationId, description], operationId, description, context,
            (order, request) => order.Cancel(operationId, request), cancellationToken);

    public Task<CommandOutcome<Contract>> DeactivateContractAsync(string contractId, CommandContext context, CancellationToken cancellationToken) =>
        RunAsync("deactivateContract", [contractId], context, cancellationToken,
            async now =>
            {
                var contract = await db.Contracts.FirstOrDefaultAsync(c => c.ContractId == contractId, cancellationToken);
                if (contract is null)
                {
                    return new NotFoundError($"No contract '{contractId}' was found; check the id.");
                }

                var result = contract.Deactivate(now, context.ApiKeyId, context.CorrelationId);
                return result.IsSuccess ? Result<(Contract, Order?, string)>.Success((contract, null, contract.ContractId)) : result.Error!;
            },
            async id => (await db.Contracts.AsNoTracking().FirstAsync(c => c.ContractId == id, cancellationToken), null));

    private Task<CommandOutcome<Operation>> OnOrderAsync(
        string mutation, object?[] input, string operationId, string? description, CommandContext context,
        Func<Order, OperationRequest, Result<Operation>> decide, CancellationToken cancellationToken)
    {
        if (description?.Length > Order.MaxTextLength)
        {
            return Task.FromResult(CommandOutcome<Operation>.Refused(
                new InvalidInputError($"A description has at most {Order.MaxTextLength} characters.", "description")));
        }

        return RunAsync(mutation, input, context, cancellationToken,
            async now =>
            {
                var orderKey = await db.Operations.Where(o => o.OperationId == operationId).Select(o => (long?)o.OrderKey).FirstOrDefaultAsync(cancellationToken);
                if (orderKey is null)
                {
                    return new NotFoundError($"No operation '{operationId}' was found; check the id.");
                }

                var order = await db.Orders.Include(o => o.Operations).FirstAsync(o => o.Id == orderKey, cancellationToken);
                var request = new OperationRequest(OperationIds.Next(now, Random.Shared), now, description, context.ApiKeyId, context.CorrelationId);
                var result = decide(order, request);
                if (!result.IsSuccess)
                {
                    return result.Error!;
                }

                OperationEvent.RecordChanges(db.OutboxEvents, order, now);
                return Result<(Operation, Order?, string)>.Success((result.Value!, order, result.Value!.OperationId));
            },
            async id =>
            {
                var operation = await db.Operations.AsNoTracking().FirstAsync(o => o.OperationId == id, cancellationToken);
                return (operation, await db.Orders.AsNoTracking().FirstAsync(o => o.Id == operation.OrderKey, cancellationToken));
            });
    }

    private async Task<CommandOutcome<T>> RunAsync<T>(
        string mutation, object?[] input, CommandContext context, CancellationToken cancellationToken,
        Func<DateTime, Task<Result<(T Value, Order? Order, string ResultId)>>> decide, Func<string, Task<(T, Order?)>> replay)
    {
        var key = context.IdempotencyKey;
        if (key.Length is 0 or > MaxIdempotencyKeyLength || key.AsSpan().ContainsAnyExcept(KeyCharacters))
        {
            return CommandOutcome<T>.Refused(new InvalidInputError(
                $"An idempotency key has 1 to {MaxIdempotencyKeyLength} characters among A-Z a-z 0-9 - _ . : (a UUID will do).", "idempotencyKey"));
        }

        var requestHash = Hash(mutation, input);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var previous = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, cancellationToken);
            if (previous is not null)
            {
                if (previous.RequestHash != requestHash && previous.RequestHash != LegacyHash(mutation, input))
                {
                    return CommandOutcome<T>.Refused(new IdempotencyKeyReusedError(
                        $"Idempotency key '{key}' was already used for a different request ({previous.Mutation} at {previous.CreatedAt:u}); use a new key for a new request."));
                }

                var (value, order) = await replay(previous.ResultId);
                logger.LogInformation("{Mutation} replayed for key {IdempotencyKey}: {ResultId}", mutation, key, previous.ResultId);
                return new CommandOutcome<T>(value, order, null, true);
            }

            var now = UtcMillisecondsConverter.Now(time);
            var decision = await decide(now);
            if (!decision.IsSuccess)
            {
                db.ChangeTracker.Clear();
                logger.LogInformation("{Mutation} refused ({Code}) for key {IdempotencyKey}", mutation, decision.Error!.Code, key);
                return CommandOutcome<T>.Refused(decision.Error!);
            }

            var (result, changedOrder, resultId) = decision.Value;
            db.IdempotencyRecords.Add(new IdempotencyRecord(db.CurrentMerchantId!, key, mutation, requestHash, resultId, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                outbox.Notify();
                logger.LogInformation("{Mutation} done for key {IdempotencyKey}: {ResultId} (attempt {Attempt})", mutation, key, resultId, attempt);
                return new CommandOutcome<T>(result, changedOrder, null, false);
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts)
            {
                // A concurrency conflict (the target changed since we read it) or a duplicate key from a concurrent twin:
                // decide again from fresh data; the twin's record, if any, is replayed on the next attempt.
                logger.LogInformation("{Mutation} conflicted on attempt {Attempt} ({Error}); deciding again", mutation, attempt, e.GetType().Name);
                await Task.Delay(Random.Shared.Next(1, Math.Min(5 * attempt, 50)), cancellationToken);
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear();
                throw new ConcurrencyConflictException($"{mutation} could not be applied after {MaxAttempts} attempts; nothing was written.", e);
            }
        }
    }

    /// <summary>
    /// The request's fingerprint: SHA-256 of the canonical JSON array <c>[mutation, input…]</c>, so null, an empty string and
    /// any text stay distinct, and no separator inside a value can shift the fields. Prefixed <c>v2:</c> to tell it from
    /// <see cref="LegacyHash"/>.
    /// </summary>
    private static string Hash(string mutation, object?[] input) =>
        HashPrefix + Base64Url.EncodeToString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(input.Prepend(mutation).ToArray())));

    /// <summary>
    /// The fingerprint written before <see cref="Hash"/>: fields joined by U+001F, null as U+2400, so a null description and
    /// "\u2400" collided. Still accepted for records written then, so a retry across the upgrade replays; those records
    /// expire with the retention (24 h), after which this can go.
    /// </summary>
    private static string LegacyHash(string mutation, object?[] input)
    {
        var text = string.Join('\u001f', input.Prepend(mutation).Select(v => v is null ? "\u2400" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
