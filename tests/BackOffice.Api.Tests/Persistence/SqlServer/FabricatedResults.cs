using System.Data;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace BackOffice.Api.Tests.Persistence.SqlServer;

/// <summary>
/// The result sets SQL Server would return for a command, made up from <see cref="SampleData"/>: the command is parsed
/// with Microsoft's parser, each selected column is followed through aliases and derived tables to its table and column,
/// and the value is read from the sample entity through the EF model (value converters included), so EF Core
/// materialises real entities. A SaveChanges batch gets one result set per statement with an OUTPUT clause.
/// </summary>
public static class FabricatedResults
{
    private static long _generatedId = 1_000;

    public static DataSet For(string sql, SampleData samples)
    {
        var results = new DataSet();
        var (script, errors) = TSql.Parse(sql);
        if (errors.Count > 0)
        {
            return results; // the statement test reports the parse errors
        }

        foreach (var statement in TSql.Statements(script))
        {
            switch (statement)
            {
                case SelectStatement select:
                    results.Tables.Add(Select(Query(select.QueryExpression), samples));
                    break;
                case InsertStatement { InsertSpecification: { OutputClause: { } output } insert }:
                    results.Tables.Add(Output(output, TableOf(insert.Target), (insert.InsertSource as ValuesInsertSource)?.RowValues.Count ?? 1, samples));
                    break;
                case MergeStatement { MergeSpecification: { OutputClause: { } output } merge }:
                    results.Tables.Add(Output(output, TableOf(merge.Target), (merge.TableReference as InlineDerivedTable)?.RowValues.Count ?? 1, samples));
                    break;
                case UpdateStatement { UpdateSpecification.OutputClause: { } output } update:
                    results.Tables.Add(Output(output, TableOf(update.UpdateSpecification.Target), 1, samples));
                    break;
                case DeleteStatement { DeleteSpecification.OutputClause: { } output } delete:
                    results.Tables.Add(Output(output, TableOf(delete.DeleteSpecification.Target), 1, samples));
                    break;
            }
        }

        return results;
    }

    private static QuerySpecification Query(QueryExpression expression) => expression switch
    {
        QuerySpecification query => query,
        QueryParenthesisExpression parenthesis => Query(parenthesis.QueryExpression),
        BinaryQueryExpression binary => Query(binary.FirstQueryExpression),
        _ => throw new NotSupportedException(expression.GetType().Name),
    };

    private static string? TableOf(TableReference? reference) => (reference as NamedTableReference)?.SchemaObject.BaseIdentifier.Value;

    /// <summary>One row per combination of the sample rows of the tables read (one order × its operations for an Include).</summary>
    private static DataTable Select(QuerySpecification query, SampleData samples)
    {
        var tables = new Dictionary<string, int>();
        CollectTables(query.FromClause?.TableReferences ?? [], tables, int.MaxValue);
        IEnumerable<Dictionary<string, object>> rows = [[]];
        foreach (var (table, limit) in tables)
        {
            var rowsOfTable = samples.Rows(table).Take(limit);
            rows = rows.SelectMany(row => rowsOfTable.Select(entity => new Dictionary<string, object>(row) { [table] = entity })).ToList();
        }

        var aggregate = query.SelectElements.OfType<SelectScalarExpression>()
            .Any(e => e.Expression is FunctionCall { FunctionName.Value: var name } && name.ToUpperInvariant() is "COUNT" or "COUNT_BIG")
            && query.GroupByClause is null;
        var list = rows.ToList();
        list = list.Take(Top(query)).ToList();

        if (aggregate)
        {
            list = [list.FirstOrDefault() ?? []];
        }

        var result = new DataTable();
        var elements = query.SelectElements.OfType<SelectScalarExpression>().ToList();
        var values = list.Select(row => elements.Select(e => Value(e.Expression, query, row, samples)).ToArray()).ToList();
        for (var i = 0; i < elements.Count; i++)
        {
            var type = values.Select(v => v[i]).FirstOrDefault(v => v is not DBNull)?.GetType() ?? typeof(string);
            result.Columns.Add(new DataColumn($"c{i}", type));
        }

        foreach (var row in values)
        {
            result.Rows.Add(row);
        }

        return result;
    }

    /// <summary>The tables read, each with the most rows a <c>TOP(n)</c> on the way lets through.</summary>
    private static void CollectTables(IEnumerable<TableReference> references, Dictionary<string, int> tables, int limit)
    {
        foreach (var reference in references)
        {
            switch (reference)
            {
                case NamedTableReference named:
                    var name = named.SchemaObject.BaseIdentifier.Value;
                    tables[name] = Math.Min(limit, tables.GetValueOrDefault(name, int.MaxValue));
                    break;
                case JoinTableReference join:
                    CollectTables([join.FirstTableReference, join.SecondTableReference], tables, limit);
                    break;
                case QueryDerivedTable derived:
                    var inner = Query(derived.QueryExpression);
                    CollectTables(inner.FromClause?.TableReferences ?? [], tables, Math.Min(limit, Top(inner)));
                    break;
            }
        }
    }

    /// <summary>A literal <c>TOP(n)</c>; a parameter's value is unknown here, so it lets every row through.</summary>
    private static int Top(QuerySpecification query) => query.TopRowFilter?.Expression switch
    {
        IntegerLiteral literal => int.Parse(literal.Value, System.Globalization.CultureInfo.InvariantCulture),
        ParenthesisExpression { Expression: IntegerLiteral literal } => int.Parse(literal.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => int.MaxValue,
    };

    private static object Value(ScalarExpression expression, QuerySpecification scope, Dictionary<string, object> row, SampleData samples) => expression switch
    {
        ColumnReferenceExpression column => Column(column, scope, row, samples),
        FunctionCall { FunctionName.Value: var name } when name.ToUpperInvariant() == "COUNT" => 1,
        FunctionCall { FunctionName.Value: var name } when name.ToUpperInvariant() == "COUNT_BIG" => 1L,
        FunctionCall { FunctionName.Value: var name } when name.ToUpperInvariant() == "DATEPART" => 1,
        ConvertCall convert => Value(convert.Parameter, scope, row, samples),
        BinaryExpression binary => Value(binary.FirstExpression, scope, row, samples),
        FunctionCall { Parameters.Count: > 0 } call => Value(call.Parameters[0], scope, row, samples),
        CoalesceExpression coalesce => coalesce.Expressions.Select(e => Value(e, scope, row, samples)).FirstOrDefault(v => v is not DBNull) ?? DBNull.Value,
        CastCall { DataType.Name.BaseIdentifier.Value: var type } cast => Cast(type, Value(cast.Parameter, scope, row, samples)),
        SearchedCaseExpression @case => Value(@case.WhenClauses[0].ThenExpression, scope, row, samples),
        ParenthesisExpression parenthesis => Value(parenthesis.Expression, scope, row, samples),
        IntegerLiteral literal => int.Parse(literal.Value, System.Globalization.CultureInfo.InvariantCulture),
        StringLiteral literal => literal.Value,
        // SELECT @@ROWCOUNT after a write to a table with a trigger (Orders): the statement wrote its one row.
        GlobalVariableExpression { Name: var name } when name.Equals("@@ROWCOUNT", StringComparison.OrdinalIgnoreCase) => 1,
        _ => DBNull.Value,
    };

    private static object Cast(string type, object value) => type.ToUpperInvariant() switch
    {
        "BIT" => value is int i ? i != 0 : value is bool ? value : true,
        "BIGINT" => value is DBNull ? value : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        "INT" => value is DBNull ? value : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary><c>[o].[Amount]</c>: the alias names a table (read the sample) or a derived table (follow its select list).</summary>
    private static object Column(ColumnReferenceExpression column, QuerySpecification scope, Dictionary<string, object> row, SampleData samples)
    {
        var parts = column.MultiPartIdentifier?.Identifiers.Select(i => i.Value).ToList() ?? [];
        if (parts.Count == 0)
        {
            return DBNull.Value;
        }

        var name = parts[^1];
        var alias = parts.Count > 1 ? parts[^2] : null;
        foreach (var reference in Flatten(scope.FromClause?.TableReferences ?? []))
        {
            switch (reference)
            {
                case NamedTableReference named when alias is null || string.Equals(named.Alias?.Value ?? named.SchemaObject.BaseIdentifier.Value, alias, StringComparison.OrdinalIgnoreCase):
                    var table = named.SchemaObject.BaseIdentifier.Value;
                    return row.TryGetValue(table, out var entity) ? samples.ColumnValue(table, name, entity) : DBNull.Value;
                case QueryDerivedTable derived when string.Equals(derived.Alias?.Value, alias, StringComparison.OrdinalIgnoreCase):
                    var inner = Query(derived.QueryExpression);
                    var element = inner.SelectElements.OfType<SelectScalarExpression>().FirstOrDefault(e =>
                        string.Equals(e.ColumnName?.Value ?? (e.Expression as ColumnReferenceExpression)?.MultiPartIdentifier.Identifiers[^1].Value, name, StringComparison.OrdinalIgnoreCase));
                    return element is null ? DBNull.Value : Value(element.Expression, inner, row, samples);
            }
        }

        return DBNull.Value;
    }

    private static IEnumerable<TableReference> Flatten(IEnumerable<TableReference> references)
    {
        foreach (var reference in references)
        {
            if (reference is JoinTableReference join)
            {
                foreach (var inner in Flatten([join.FirstTableReference, join.SecondTableReference]))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return reference;
            }
        }
    }

    /// <summary>OUTPUT INSERTED.[Id] (new keys), i._Position (the MERGE row's index) or OUTPUT 1 (a row was written).</summary>
    private static DataTable Output(OutputClause output, string? table, int rows, SampleData samples)
    {
        var result = new DataTable();
        var elements = output.SelectColumns.OfType<SelectScalarExpression>().ToList();
        var values = Enumerable.Range(0, rows).Select(position => elements.Select(e => e.Expression switch
        {
            ColumnReferenceExpression { MultiPartIdentifier.Identifiers: var ids } when ids[^1].Value == "_Position" => position,
            ColumnReferenceExpression { MultiPartIdentifier.Identifiers: var ids } when table is not null && samples.IsGeneratedKey(table, ids[^1].Value) =>
                Interlocked.Increment(ref _generatedId),
            ColumnReferenceExpression { MultiPartIdentifier.Identifiers: var ids } when table is not null => samples.DefaultValue(table, ids[^1].Value),
            IntegerLiteral literal => int.Parse(literal.Value, System.Globalization.CultureInfo.InvariantCulture),
            _ => (object)DBNull.Value,
        }).ToArray()).ToList();
        for (var i = 0; i < elements.Count; i++)
        {
            result.Columns.Add(new DataColumn($"c{i}", values.Select(v => v[i]).FirstOrDefault(v => v is not DBNull)?.GetType() ?? typeof(int)));
        }

        foreach (var row in values)
        {
            result.Rows.Add(row);
        }

        return result;
    }
}
