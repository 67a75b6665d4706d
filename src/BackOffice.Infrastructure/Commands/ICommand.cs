namespace BackOffice.Infrastructure.Commands;

/// <summary>
/// A back-office command producing a <typeparamref name="TResult"/>: a plain record of what the caller asks, without
/// who asks or under which idempotency key (that is <see cref="CommandContext"/>). Its public properties, in order,
/// are what the idempotency fingerprint covers, so a field that must not tell two requests apart does not belong here.
/// </summary>
public interface ICommand<TResult>;
