using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BackOffice.Infrastructure.Seeding;

/// <summary>
/// Orders and their operations written to SQLite as SaveChanges writes them, row for row, but through one prepared
/// INSERT per table whose parameters are re-bound for each row, one transaction per batch. SaveChanges tracks every
/// entity and SQLite parses and plans every <c>INSERT … RETURNING</c> anew: a million orders took 8 minutes that way.
/// Columns, parameters and conversions come from EF Core's model (the table mapping and each column's type mapping), so a
/// new property is written as SaveChanges would write it; what this writer cannot write that way (owned, complex or JSON
/// types, inheritance, shared tables, other relationships, values the database or EF Core generates) is refused when it
/// is opened rather than silently left out.
/// </summary>
public sealed class SqliteOrderWriter : IDisposable
{
    private readonly BackOfficeDbContext _db;
    private readonly TableInsert _orders;
    private readonly TableInsert _operations;

    private SqliteOrderWriter(BackOfficeDbContext db, TableInsert orders, TableInsert operations)
    {
        _db = db;
        _orders = orders;
        _operations = operations;
    }

    /// <summary>Prepares the two INSERTs on <paramref name="db"/>'s connection, which stays open until the writer is disposed.</summary>
    public static async Task<SqliteOrderWriter> OpenAsync(BackOfficeDbContext db, CancellationToken cancellationToken)
    {
        var order = db.Model.FindEntityType(typeof(Order))!;
        var operation = db.Model.FindEntityType(typeof(Operation))!;
        var toOrder = order.FindNavigation(nameof(Order.Operations))!;
        // The only relationship walked is order → operations: anything else reachable from an order would be left unwritten.
        Refuse(order.GetNavigations().Any(n => n != toOrder), order, "a navigation other than Operations");
        Refuse(operation.GetNavigations().Any(n => n != toOrder.Inverse), operation, "a navigation other than Order");

        var sql = db.GetService<ISqlGenerationHelper>();
        var orders = TableInsert.For(order, parent: null, sql);
        var operations = TableInsert.For(operation, parent: toOrder.ForeignKey, sql);

        await db.Database.OpenConnectionAsync(cancellationToken); // through EF Core, so the connection interceptors set it up
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        orders.Prepare(connection);
        operations.Prepare(connection);
        return new SqliteOrderWriter(db, orders, operations);
    }

    /// <summary>The orders and their operations, in one transaction; the orders' keys are not set on the objects.</summary>
    public async Task WriteAsync(IReadOnlyList<Order> orders, CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        var sqliteTransaction = (SqliteTransaction)transaction.GetDbTransaction();
        _orders.Enlist(sqliteTransaction);
        _operations.Enlist(sqliteTransaction);
        foreach (var order in orders)
        {
            var orderKey = _orders.Insert(order, parentKey: null);
            foreach (var operation in order.Operations)
            {
                _operations.Insert(operation, orderKey);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public void Dispose()
    {
        _orders.Dispose();
        _operations.Dispose();
        _db.Database.CloseConnection();
    }

    private static void Refuse([DoesNotReturnIf(true)] bool refused, IEntityType entityType, string what)
    {
        if (refused)
        {
            throw new NotSupportedException(
                $"SqliteOrderWriter cannot write {entityType.DisplayName()} as SaveChanges would: it has {what}. Teach it, or seed through SaveChanges.");
        }
    }

    /// <summary>One table's prepared <c>INSERT … RETURNING key</c>, a parameter per column.</summary>
    private sealed class TableInsert : IDisposable
    {
        private readonly SqliteCommand _command;
        private readonly IClrPropertyGetter _key;
        private readonly Column[] _columns;

        private TableInsert(SqliteCommand command, IClrPropertyGetter key, Column[] columns)
        {
            _command = command;
            _key = key;
            _columns = columns;
        }

        /// <summary>The INSERT of <paramref name="entityType"/>'s rows, refused if it cannot be written as SaveChanges writes it.</summary>
        /// <param name="parent">The foreign key whose columns take the parent row's generated key (the operations' OrderKey).</param>
        public static TableInsert For(IEntityType entityType, IForeignKey? parent, ISqlGenerationHelper sql)
        {
            Refuse(entityType.BaseType is not null || entityType.GetDirectlyDerivedTypes().Any(), entityType, "inheritance");
            Refuse(entityType.IsOwned() || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()), entityType, "an owned type");
            Refuse(entityType.GetComplexProperties().Any(), entityType, "a complex property");
            Refuse(entityType.IsMappedToJson(), entityType, "a JSON mapping");
            Refuse(entityType.GetSkipNavigations().Any(), entityType, "a many-to-many navigation");
            var tables = entityType.GetTableMappings().ToList();
            Refuse(tables.Count != 1, entityType, "no table or more than one");
            var table = tables[0];
            Refuse(table.Table.EntityTypeMappings.Count() != 1, entityType, "a table shared with another entity type");
            Refuse(table.InsertStoredProcedureMapping is not null, entityType, "an insert stored procedure");
            Refuse(table.ColumnMappings.Count() != entityType.GetProperties().Count(), entityType, "a property mapped to no column of its table");
            // The key is left to SQLite and read back, as SaveChanges does when the entity's key is unset.
            var key = entityType.FindPrimaryKey()?.Properties is [var single] ? single : null;
            Refuse(key is null || key.ValueGenerated != ValueGenerated.OnAdd || key.ClrType != typeof(long) || key.GetTypeMapping().Converter is not null,
                entityType, "a key other than one generated long");
            Refuse(parent is not null && parent.Properties.Count != 1, entityType, "a composite foreign key to its parent");

            var command = new SqliteCommand();
            var columns = new List<Column>();
            var names = new List<string>();
            foreach (var mapping in table.ColumnMappings)
            {
                var property = mapping.Property;
                if (property == key)
                {
                    continue;
                }

                Refuse(property.ValueGenerated != ValueGenerated.Never, entityType, $"'{property.Name}', a value generated on insert");
                Refuse(property.IsPrimitiveCollection, entityType, $"'{property.Name}', a primitive collection");
                var fromParent = parent?.Properties[0] == property;
                Refuse(property.IsShadowProperty() && !fromParent, entityType, $"'{property.Name}', a shadow property");
                // EF Core's own parameter for this column (type, nullability); only its value changes from row to row.
                var parameter = mapping.TypeMapping.CreateParameter(command, sql.GenerateParameterName("p" + names.Count), value: null, property.IsNullable);
                command.Parameters.Add(parameter);
                names.Add(mapping.Column.Name);
                columns.Add(new Column(fromParent ? null : property.GetGetter(), mapping.TypeMapping.Converter, parameter));
            }

            command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Table.Name, table.Table.Schema)} " +
                $"({string.Join(", ", names.Select(n => sql.DelimitIdentifier(n)))}) " +
                $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))}) " +
                $"RETURNING {sql.DelimitIdentifier(table.ColumnMappings.Single(m => m.Property == key).Column.Name)};";
            return new TableInsert(command, key.GetGetter(), [.. columns]);
        }

        public void Prepare(SqliteConnection connection)
        {
            _command.Connection = connection;
            _command.Prepare(); // parsed and planned once: each row only binds its values
        }

        public void Enlist(SqliteTransaction transaction) => _command.Transaction = transaction;

        /// <summary>Binds the entity's values, as EF Core converts them for its own parameters, and returns the generated key.</summary>
        public long Insert(object entity, long? parentKey)
        {
            if (!_key.HasSentinelValueUsingContainingEntity(entity))
            {
                throw new InvalidOperationException($"A {entity.GetType().Name} to insert already has a key.");
            }

            foreach (var column in _columns)
            {
                var value = column.Getter is null ? parentKey : column.Getter.GetClrValueUsingContainingEntity(entity);
                column.Parameter.Value = (column.Converter is null ? value : column.Converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            return (long)_command.ExecuteScalar()!;
        }

        public void Dispose() => _command.Dispose();
    }

    /// <param name="Getter">Reads the property from the entity; <c>null</c> for the column that takes the parent's key.</param>
    private sealed record Column(IClrPropertyGetter? Getter, ValueConverter? Converter, DbParameter Parameter);
}
