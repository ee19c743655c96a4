using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Tradewatch.Core.Limits;
using Tradewatch.News.Claims;
using Tradewatch.Server.Api;
using Tradewatch.Storage.Review;

namespace Tradewatch.Server.Hosting;

/// <summary>
/// A parameter the endpoint answers 400 without. Read as text (a missing one is a problem named by field,
/// as in the CLI), so the type alone cannot say it is required. Not a validation attribute: validation
/// is the questions' own (App), and ASP.NET's OpenAPI reader fails on those in [AsParameters] records.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class RequiredParameterAttribute : Attribute
{
}

/// <summary>
/// What the OpenAPI document says beyond what the endpoints' types say, so a client can be generated
/// from it: the bearer scheme and which operations need it, the problems each answers with (401, 403,
/// 404, 409, 429, 503), the formats and allowed values of the query parameters (all read as text, so
/// each can say what is wrong with it), and the shape of a claim, which <see cref="ClaimJson"/> writes.
/// </summary>
public static class ApiContract
{
    public const string BearerScheme = "bearer";

    /// <summary>Declares that an endpoint may answer <paramref name="statusCodes"/> with problem details.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }

        return builder;
    }

    public static IServiceCollection AddTradewatchOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "A curator's token, from 'tradewatch users token NAME'. Reading needs none; ingest and review decisions do.",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(async (operation, context, cancel) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
                }

                foreach (var parameter in operation.Parameters ?? [])
                {
                    if (parameter is OpenApiParameter p)
                    {
                        Describe(p, context.Description.ParameterDescriptions.FirstOrDefault(d => d.Name == p.Name));
                    }
                }

                if (context.Description.SupportedResponseTypes.Any(r => r.Type == typeof(List<ClaimDto>))
                    && operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var json) == true)
                {
                    json.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = await ClaimSchema(context, cancel) };
                }
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                var type = context.JsonTypeInfo.Type;
                if (type == typeof(ClaimDate) || Nullable.GetUnderlyingType(type) == typeof(ClaimDate))
                {
                    schema.Type = type == typeof(ClaimDate) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                    schema.Pattern = @"^\d{4}(-\d{2}(-\d{2})?)?$";
                    schema.Description = "A year, a month (yyyy-MM) or a day (yyyy-MM-dd): as precise as the report is.";
                }
                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// A claim: the facts of its kind (<see cref="ClaimFacts"/>, told apart by <c>kind</c>) with its id,
    /// sources and corroboration beside them, as <see cref="ClaimJson"/> writes it. Made once per document, as a component.
    /// </summary>
    private static async Task<IOpenApiSchema> ClaimSchema(OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        const string name = nameof(ClaimDto);
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(name) != true)
        {
            var facts = NameKinds(await context.GetOrCreateSchemaAsync(typeof(ClaimFacts), null, cancel), document);
            var sources = await context.GetOrCreateSchemaAsync(typeof(IReadOnlyList<ClaimSource>), null, cancel);
            document.AddComponent<IOpenApiSchema>(name, new OpenApiSchema
            {
                Description = "A claim read in the reports: the facts of its kind, its id, where it is read and by how many independent outlets.",
                AllOf =
                [
                    facts,
                    new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string>(StringComparer.Ordinal) { "id", "sources", "corroboration" },
                        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                        {
                            ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The claim's id in this answer." },
                            ["sources"] = sources,
                            ["corroboration"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "Independent outlets that make the claim (copies and versions of one report count once)." },
                        },
                    },
                ],
            });
        }

        return new OpenApiSchemaReference(name, document);
    }

    /// <summary>
    /// Makes each kind of facts a component under the name its discriminator mapping gives it: the
    /// schema is made inline here, so the mapping would point to components that do not exist, and a
    /// client generator could not name the kinds.
    /// </summary>
    private static IOpenApiSchema NameKinds(IOpenApiSchema facts, OpenApiDocument document)
    {
        if (facts is not OpenApiSchema { AnyOf: { } kinds, Discriminator: { PropertyName: { } property, Mapping: { } mapping } } schema)
        {
            return facts;
        }

        for (var i = 0; i < kinds.Count; i++)
        {
            var kind = kinds[i].Properties is { } properties && properties.TryGetValue(property, out var tag) && tag.Enum is [var only] ? only?.GetValue<string>() : null;
            if (kind is not null && mapping.TryGetValue(kind, out var target) && target.Reference.Id is { } name)
            {
                if (document.Components?.Schemas?.ContainsKey(name) != true)
                {
                    if (kinds[i] is OpenApiSchema { Type: null } untyped)
                    {
                        untyped.Type = JsonSchemaType.Object;
                    }

                    document.AddComponent<IOpenApiSchema>(name, kinds[i]);
                }

                kinds[i] = new OpenApiSchemaReference(name, document);
            }
        }

        return schema;
    }

    /// <summary>The format, allowed values and requiredness of a query parameter, by the name every endpoint gives it.</summary>
    private static void Describe(OpenApiParameter parameter, Microsoft.AspNetCore.Mvc.ApiExplorer.ApiParameterDescription? description)
    {
        if (description?.ParameterDescriptor is Microsoft.AspNetCore.Mvc.Infrastructure.IParameterInfoParameterDescriptor { ParameterInfo: var info }
            && info.GetCustomAttributes(inherit: true).OfType<RequiredParameterAttribute>().Any())
        {
            parameter.Required = true;
        }

        if (parameter.In != ParameterLocation.Query)
        {
            return;
        }

        var schema = new OpenApiSchema { Type = JsonSchemaType.String };
        switch (parameter.Name)
        {
            case "date" or "knownAt" or "from" or "to":
                schema.Format = "date";
                break;
            case "value" or "quantity" or "metalValue" or "metalWeight":
                schema.Type = JsonSchemaType.Number;
                schema.Minimum = "0";
                schema.Maximum = AmountRange.Max.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "hs":
                schema.Pattern = @"^\d{2}(\.?\d{2}){0,4}$";
                break;
            case "hts":
                schema.Pattern = @"^\d{4}(\.?\d{2}){1,3}$";
                break;
            case "kind":
                schema.Enum = [.. ClaimFacts.FilterKinds.Select(k => (JsonNode)JsonValue.Create(k))];
                break;
            case "state":
                schema.Enum = [.. Proposal.States.Select(k => (JsonNode)JsonValue.Create(k))];
                break;
            default:
                return;
        }

        parameter.Schema = schema;
    }
}
