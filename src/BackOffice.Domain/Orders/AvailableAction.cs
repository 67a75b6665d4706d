namespace BackOffice.Domain.Orders;

/// <summary>
/// A command the order accepts on an operation now: the most money it may move (the amount a cancel or void moves)
/// and the last instant it is accepted, when a window applies (the capture window, the capture's business day).
/// </summary>
public sealed record AvailableAction(OrderCommand Action, long MaxAmount, string Currency, DateTime? Until);
