using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Handlingsplan.Infrastructure;

/// <summary>
/// An endpoint that reads a multipart form rather than a JSON body: its API description gains the
/// form, a <c>file</c> and the named text fields.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadFormAttribute(string fileDescription, params string[] fields) : Attribute
{
    public string FileDescription { get; } = fileDescription;
    public IReadOnlyList<string> Fields { get; } = fields;
}

public static class UploadForms
{
    public static OpenApiOptions AddUploadFormDescription(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        if (context.Description.ActionDescriptor.EndpointMetadata?.OfType<UploadFormAttribute>().FirstOrDefault() is not { } form) return Task.CompletedTask;
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = form.FileDescription },
        };
        foreach (var field in form.Fields) properties[field] = new OpenApiSchema { Type = JsonSchemaType.String };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties, Required = new HashSet<string> { "file" } } },
            },
        };
        return Task.CompletedTask;
    });
}
