using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Outbox;

/// <summary>
/// How events travel (outbox row, Redis message): the order and operation as their stored columns, read back into
/// the same domain types the API serves, so a subscriber's fields resolve without touching the database.
/// Navigations and derived members are left out; private setters are used as EF Core uses them.
/// </summary>
public static class EventJson
{
    private static readonly HashSet<string> Skipped =
        [nameof(Order.Operations), nameof(Order.Changes), nameof(Order.Payment), nameof(Operation.Order), nameof(Operation.IsPayment)];

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { StoredColumnsOnly } },
    };

    private static void StoredColumnsOnly(JsonTypeInfo info)
    {
        if (info.Type != typeof(Order) && info.Type != typeof(Operation))
        {
            return;
        }

        info.CreateObject = () => Activator.CreateInstance(info.Type, nonPublic: true)!;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            var member = info.Type.GetProperty(property.Name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.IgnoreCase);
            if (member is null || Skipped.Contains(member.Name) || member.SetMethod is null)
            {
                info.Properties.RemoveAt(i);
                continue;
            }

            property.Set = (target, value) => member.SetValue(target, value);
        }
    }
}
