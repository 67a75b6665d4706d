using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// The validator's parsing of arguments for a cached document with no rule left to run (see <see cref="DocumentCache"/>),
/// worked out once per operation. For every request GraphQL.NET's validator walks the document twice more: once to find
/// each variable's uses and their types, once to parse every argument and directive (7 % of the CPU of a page read by
/// cursor). Neither walk depends on the request, only what the variables hold does, so here they are done once: the
/// arguments and directives that name no variable are kept parsed, and a request parses its variables and the arguments
/// that read them, with GraphQL.NET's own <see cref="ValidationContext.GetVariablesValuesAsync"/> and
/// <see cref="ExecutionHelper.GetArguments"/> (the values and errors its validator gives). Kept on the parsed operation,
/// which the document cache reuses and the GC frees with it.
/// </summary>
public static class ParsedArguments
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, Plan> Plans = [];

    /// <summary>The parsed arguments when nothing is left to validate (no rule), else null: the validator runs.</summary>
    public static Task<IValidationResult>? Parse(in ValidationOptions options) =>
        options.Rules is { } rules && !rules.Any() && Plans.TryGetValue(options.Operation, out var plan) && plan != Plan.Validator
            ? plan.ParseAsync(options)
            : null;

    /// <summary>Works out an operation's plan once it has passed validation (or that the validator keeps parsing it).</summary>
    public static async Task RememberAsync(ValidationOptions options, IValidationResult result)
    {
        if (result.IsValid && !Plans.TryGetValue(options.Operation, out _))
        {
            Plans.AddOrUpdate(options.Operation, await Plan.ForAsync(options) ?? Plan.Validator);
        }
    }

    private sealed class Plan(
        GraphQLOperationDefinition? variablesOnly,
        Dictionary<GraphQLField, IDictionary<string, ArgumentValue>> constantArguments,
        Dictionary<ASTNode, IDictionary<string, DirectiveInfo>> constantDirectives,
        List<(GraphQLField Field, QueryArguments? Definition)> variableArguments,
        List<IHasDirectivesNode> variableDirectives)
    {
        /// <summary>An operation the validator keeps parsing, remembered so that it is not examined again.</summary>
        public static readonly Plan Validator = new(null, [], [], [], []);

        /// <summary>
        /// Null when the operation's arguments and directives cannot be parsed apart from the validator's walk: a field
        /// whose definition the walk cannot tell, a nullable variable used where a non-null value is required (its value
        /// is then parsed as non-null, which only the validator's own walk of its uses decides), or a constant that does
        /// not parse alone.
        /// </summary>
        public static async Task<Plan?> ForAsync(ValidationOptions options)
        {
            var operation = options.Operation;
            var context = Context(options, operation);
            context.TypeInfo = new TypeInfo(options.Schema);
            var finder = new Finder();
            var visitor = new BasicVisitor(context.TypeInfo, finder);
            await visitor.VisitAsync(operation, new BasicVisitor.State(context));
            foreach (var fragment in context.GetRecursivelyReferencedFragments(operation) ?? [])
            {
                await visitor.VisitAsync(fragment, new BasicVisitor.State(context));
            }

            var declared = operation.Variables?.Items ?? [];
            var nonNullUse = context.GetRecursiveVariables(operation)?.Any(usage => usage.Type is NonNullGraphType
                && declared.Any(d => d.Variable.Name == usage.Node.Name && d.Type is not GraphQLNonNullType)) == true;
            if (finder.Unknown || nonNullUse)
            {
                return null;
            }

            var errors = new List<ValidationError>();
            var constantArguments = Merged([], finder.ConstantArguments, errors, Arguments(Variables.None, options));
            var constantDirectives = Merged([], finder.ConstantDirectives, errors, Directives(Variables.None, options));
            return errors.Count > 0 ? null : new Plan(
                declared.Count == 0 ? null : new GraphQLOperationDefinition(new GraphQLSelectionSet([])) { Operation = operation.Operation, Variables = operation.Variables },
                constantArguments ?? [],
                constantDirectives ?? [],
                finder.VariableArguments,
                finder.VariableDirectives);
        }

        public async Task<IValidationResult> ParseAsync(ValidationOptions options)
        {
            var variables = Variables.None;
            if (variablesOnly is not null)
            {
                // The operation's variable definitions without its selections: the uses GraphQL.NET looks up are none to walk.
                (variables, var invalid) = await Context(options, variablesOnly).GetVariablesValuesAsync();
                if (invalid is not null)
                {
                    return new ValidationResult(invalid) { Variables = variables };
                }
            }

            var errors = new List<ValidationError>();
            var arguments = Merged(constantArguments, variableArguments, errors, Arguments(variables, options));
            var directives = Merged(constantDirectives, variableDirectives, errors, Directives(variables, options));
            return new ValidationResult(errors) { Variables = variables, ArgumentValues = arguments, DirectiveValues = directives };
        }

        /// <summary>A field's arguments as GraphQL.NET's validator parses them, given the variables.</summary>
        private static Func<(GraphQLField Field, QueryArguments? Definition), (GraphQLField, IDictionary<string, ArgumentValue>?)> Arguments(
            Variables variables, ValidationOptions options)
        {
            var document = options.Document;
            return field => (field.Field, ExecutionHelper.GetArguments(field.Definition, field.Field.Arguments, variables, document, field.Field, null));
        }

        /// <summary>A node's directives as GraphQL.NET's validator parses them, given the variables.</summary>
        private static Func<IHasDirectivesNode, (ASTNode, IDictionary<string, DirectiveInfo>?)> Directives(Variables variables, ValidationOptions options)
        {
            var (schema, document) = (options.Schema, options.Document);
            return node => ((ASTNode)node, ExecutionHelper.GetDirectives(node, variables, schema, document));
        }

        /// <summary>
        /// <paramref name="constant"/> and the values of <paramref name="parts"/> parsed (a value GraphQL.NET refuses is an
        /// error), in a new map (a request's own: the executer may add merged fields to it); null when there are none.
        /// </summary>
        private static Dictionary<TKey, IDictionary<string, TValue>>? Merged<TPart, TKey, TValue>(
            Dictionary<TKey, IDictionary<string, TValue>> constant, List<TPart> parts, List<ValidationError> errors,
            Func<TPart, (TKey Key, IDictionary<string, TValue>? Values)> parse)
            where TKey : notnull
        {
            var merged = new Dictionary<TKey, IDictionary<string, TValue>>(constant);
            foreach (var part in parts)
            {
                try
                {
                    if (parse(part) is (var key, { } values))
                    {
                        merged[key] = values;
                    }
                }
                catch (ValidationError error)
                {
                    errors.Add(error);
                }
            }

            return merged.Count > 0 ? merged : null;
        }

        private static ValidationContext Context(in ValidationOptions options, GraphQLOperationDefinition operation) => new()
        {
            Schema = options.Schema,
            Document = options.Document,
            Operation = operation,
            Variables = options.Variables,
            Extensions = options.Extensions,
            UserContext = options.UserContext,
            Metrics = options.Metrics,
            RequestServices = options.RequestServices,
            User = options.User,
            CancellationToken = options.CancellationToken,
        };
    }

    /// <summary>The operation's fields with arguments and nodes with directives, told apart by whether they name a variable.</summary>
    private sealed class Finder : INodeVisitor
    {
        public List<(GraphQLField Field, QueryArguments? Definition)> ConstantArguments { get; } = [];

        public List<(GraphQLField Field, QueryArguments? Definition)> VariableArguments { get; } = [];

        public List<IHasDirectivesNode> ConstantDirectives { get; } = [];

        public List<IHasDirectivesNode> VariableDirectives { get; } = [];

        public bool Unknown { get; private set; }

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLField { Arguments.Count: > 0 } field)
            {
                if (context.TypeInfo.GetFieldDef() is { } definition)
                {
                    (DocumentVariables.Used(field.Arguments) ? VariableArguments : ConstantArguments).Add((field, definition.Arguments));
                }
                else
                {
                    Unknown = true;
                }
            }

            if (node is IHasDirectivesNode { Directives.Count: > 0 } directed)
            {
                (directed.Directives.Items.Any(d => d.Arguments is { } a && DocumentVariables.Used(a)) ? VariableDirectives : ConstantDirectives).Add(directed);
            }

            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }
}
