# The API image: built with the .NET SDK (and Node.js, which restores the Banana Cake Pop IDE from npm),
# run on the ASP.NET runtime as the image's non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY src/Directory.Build.props src/Directory.Packages.props src/
COPY src/BackOffice.Domain/BackOffice.Domain.csproj src/BackOffice.Domain/
COPY src/BackOffice.Infrastructure/BackOffice.Infrastructure.csproj src/BackOffice.Infrastructure/
COPY src/BackOffice.Api/BackOffice.Api.csproj src/BackOffice.Api/
RUN dotnet restore src/BackOffice.Api/BackOffice.Api.csproj
COPY src/BackOffice.Api/Playground/ide/package.json src/BackOffice.Api/Playground/ide/package-lock.json src/BackOffice.Api/Playground/ide/
RUN cd src/BackOffice.Api/Playground/ide && npm ci --no-audit --no-fund
COPY src/ src/
RUN dotnet publish src/BackOffice.Api/BackOffice.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Logging__Format=json
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 CMD ["dotnet", "BackOffice.Api.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "BackOffice.Api.dll"]
