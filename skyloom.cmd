@echo off
rem Runs Skyloom from this checkout on Windows: builds on first use, then starts dev.skyloom.app.Main.
setlocal
set HERE=%~dp0
set TARGET=%HERE%app\target
if not exist "%TARGET%\.skyloom-build-stamp" (
  echo skyloom: building ^(first run^)... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -B -ntp -q -DskipTests -Dspotless.check.skip=true -pl app -am package 1>&2 || (popd & exit /b 2)
  popd
  type nul > "%TARGET%\.skyloom-build-stamp"
)
java %SKYLOOM_JAVA_OPTS% -cp "%TARGET%\skyloom-app-0.1.0-SNAPSHOT.jar;%TARGET%\lib\*" dev.skyloom.app.Main %*
