using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Tradewatch.App.Answers;
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

                if (operation.RequestBody?.Content?.TryGetValue("multipart/form-data", out var form) == true && form.Schema is OpenApiSchema { AllOf.Count: > 0 } parts)
                {
                    form.Schema = FlatForm(parts);
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
    /// A claim, as <see cref="ClaimJson"/> writes it: a base component, <c>ClaimDto</c>, with what every claim
    /// has (its kind, id, sources and corroboration) and a discriminator on <c>kind</c>; and one component per
    /// kind (<c>TariffClaim</c>, <c>QuoteClaim</c>...) that is the base and the facts of that kind
    /// (<see cref="ClaimFacts"/>). This is the inheritance a client generator reads: a claim deserializes as
    /// its kind, with the kind's fields typed. Made once per document.
    /// </summary>
    private static async Task<IOpenApiSchema> ClaimSchema(OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        const string name = nameof(ClaimDto);
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(name) != true)
        {
            if (await context.GetOrCreateSchemaAsync(typeof(ClaimFacts), null, cancel) is not OpenApiSchema { AnyOf: { } kinds, Discriminator.PropertyName: { } property })
            {
                throw new InvalidOperationException("ClaimFacts is no longer described as a discriminated union: update ApiContract.ClaimSchema.");
            }

            var sources = await context.GetOrCreateSchemaAsync(typeof(IReadOnlyList<ClaimSource>), null, cancel);
            var mapping = new Dictionary<string, OpenApiSchemaReference>(StringComparer.Ordinal);
            var kindValues = new List<JsonNode>();
            document.AddComponent<IOpenApiSchema>(name, new OpenApiSchema
            {
                Description = "A claim read in the reports: its kind, its id, where it is read and by how many independent outlets; the facts of its kind are in the kind's component.",
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>(StringComparer.Ordinal) { property, "id", "sources", "corroboration" },
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    [property] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = kindValues, Description = "What the claim is about; it names the component with the claim's facts." },
                    ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The claim's id in this answer." },
                    ["sources"] = sources,
                    ["corroboration"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "Independent outlets that make the claim (copies and versions of one report count once)." },
                },
                Discriminator = new OpenApiDiscriminator { PropertyName = property, Mapping = mapping },
            });
            foreach (var facts in kinds.OfType<OpenApiSchema>())
            {
                var kind = facts.Properties is { } properties && properties.TryGetValue(property, out var tag) && tag.Enum is [var only] ? only?.GetValue<string>() : null;
                if (kind is null)
                {
                    throw new InvalidOperationException("A kind of ClaimFacts has no single kind value: update ApiContract.ClaimSchema.");
                }

                // The kind is the base's; the facts keep only their own fields.
                facts.Properties!.Remove(property);
                facts.Required?.Remove(property);
                facts.Type ??= JsonSchemaType.Object;
                var component = string.Concat(kind.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Claim";
                document.AddComponent<IOpenApiSchema>(component, new OpenApiSchema
                {
                    Description = facts.Description,
                    AllOf = [new OpenApiSchemaReference(name, document), facts],
                });
                mapping[kind] = new OpenApiSchemaReference(component, document);
                kindValues.Add(JsonValue.Create(kind));
            }
        }

        return new OpenApiSchemaReference(name, document);
    }

    /// <summary>
    /// A multipart form as one object whose properties are its fields. The framework describes a form bound from
    /// several parameters as an allOf of one-field objects with the file collection required, from which a client
    /// generator makes a typed body it cannot send as parts, and which says the files are needed when text alone
    /// will do. Here the files are binary parts, no field is required (the endpoint names what is missing), and
    /// a day and an address say their formats.
    /// </summary>
    private static OpenApiSchema FlatForm(OpenApiSchema parts)
    {
        var fields = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var (name, field) in parts.AllOf!.SelectMany(p => p.Properties ?? new Dictionary<string, IOpenApiSchema>()))
        {
            fields[name] = field switch
            {
                OpenApiSchemaReference { Reference.Id: "IFormFileCollection" } => new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                },
                _ when name == "published" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
                _ when name == "url" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
                _ => field,
            };
        }

        return new OpenApiSchema { Type = JsonSchemaType.Object, Properties = fields, Description = parts.Description };
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
            case "importer" or "origin" or "exporter" or "destination" or "imposer":
                // an economy is read as its ISO 3166 code or a name the reference data knows, so no list of codes bounds it
                schema.MinLength = 2;
                schema.MaxLength = 64;
                parameter.Description ??= "An economy: an ISO 3166 code such as US, CN or DE, EU, or its name.";
                break;
            case "q":
                schema.MinLength = 1;
                schema.MaxLength = Search.SiteSearch.MaxQueryLength;
                break;
            case "item":
                schema.MaxLength = App.Questions.LicenceQuestion.MaxItemLength;
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
